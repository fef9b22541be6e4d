import { describe, expect, it } from 'vitest';
import { mentioningPassages, mentionSpans, spellingSpans, type MentionTerm } from '../../../src/terms/mentions.ts';

const term = (slug: string, kind: MentionTerm['kind'], spelling: string, otherSpellings: string[] = []) => ({
  slug,
  kind,
  spelling,
  otherSpellings,
});

describe('spellingSpans', () => {
  it('finds a spelling as whole words, before punctuation and a possessive', () => {
    expect(spellingSpans('NATO’s partners and the NATO-led (PRT) team', 'NATO')).toEqual([
      { start: 0, end: 4 },
      { start: 24, end: 28 },
    ]);
    expect(spellingSpans('(PRT)', 'PRT')).toEqual([{ start: 1, end: 4 }]);
  });
  it('does not find it inside a longer word, or in another case', () => {
    expect(spellingSpans('the foreign ministers met', 'foreign minister')).toEqual([]);
    expect(spellingSpans('SNATO nato', 'NATO')).toEqual([]);
  });
  it('ends a spelling that ends in a symbol where it ends: US$ before a figure', () => {
    expect(spellingSpans('some US$75 million', 'US$')).toEqual([{ start: 5, end: 8 }]);
  });
});

describe('mentions', () => {
  const office = term('secretary-general', 'office', 'Secretary General');
  const assistant = term('assistant-secretary-general', 'office', 'Assistant Secretary General');
  const army = term('afghan-national-army', 'organisation', 'Afghan National Army');
  const fund = term('fund', 'programme', 'Afghan National Army Trust Fund');
  const terms = [office, assistant, army, fund];

  it('leaves an occurrence inside a longer term of the same kind to that term', () => {
    expect(mentionSpans('NATO Assistant Secretary General for', office, terms)).toEqual([]);
    expect(mentionSpans('the Secretary General and the Assistant Secretary General', office, terms)).toHaveLength(1);
  });
  it('counts an occurrence inside a longer term of another kind: a fund named after the army names the army', () => {
    expect(mentionSpans('the Afghan National Army Trust Fund', army, terms)).toHaveLength(1);
  });
  it('lists the passages where any of the term’s spellings stands, in order', () => {
    const prt = term('prt', 'abbreviation', 'PRT', ['Provincial Reconstruction Team']);
    const passages = [
      { id: 'a-1', texts: ['a Provincial Reconstruction Team'] },
      { id: 'a-2', texts: ['nothing'] },
      { id: 'a-photograph', texts: ['a description', 'the PRT'] },
    ];
    expect(mentioningPassages(prt, [prt], passages)).toEqual(['a-1', 'a-photograph']);
  });
});
