import { describe, expect, it } from 'vitest';
import type { QueryTerm } from '../../../src/search/query-terms.ts';
import { isHighlightForm, matchesTerm, pageWords, termsMatchedAt } from '../../../src/search/term-matches.ts';

const term = (key: string, exact = false): QueryTerm => ({ text: key, key, exact });

describe('matchesTerm', () => {
  it('counts the word itself, longer words starting with it, and forms sharing its stem', () => {
    expect(matchesTerm('Rasmussen', term('rasmussen'))).toBe(true);
    expect(matchesTerm('Afghanistan.', term('afgh'))).toBe(true);
    expect(matchesTerm('stabilisation', term('stabilising'))).toBe(true);
    expect(matchesTerm('escort', term('escorts'))).toBe(true);
  });

  it('counts a shorter word of five letters or more that the term starts with', () => {
    expect(matchesTerm('peace-support', term('peacekeeping'))).toBe(true);
  });

  it('does not count what Pagefind falls back to when nothing matches', () => {
    expect(matchesTerm('an', term('ana'))).toBe(false);
    expect(matchesTerm('countering', term('counterterrorism'))).toBe(false);
  });

  it('counts only the whole word for an exact term, with a plural or possessive s', () => {
    expect(matchesTerm('(PRT)', term('prt', true))).toBe(true);
    expect(matchesTerm('NATO’s', term('nato', true))).toBe(true);
    expect(matchesTerm('NATO-led', term('nato', true))).toBe(true);
    expect(matchesTerm('US$75', term('us', true))).toBe(true);
    expect(matchesTerm('PRTs', term('prt', true))).toBe(true);
    expect(matchesTerm('Anan', term('ana', true))).toBe(false);
    expect(matchesTerm('natoinal', term('nato', true))).toBe(false);
  });
});

describe('isHighlightForm', () => {
  it('highlights the forms of a searched word that an excerpt marks', () => {
    expect(isHighlightForm('Afghanistan', [term('afghan')])).toBe(true);
    expect(isHighlightForm('stabilisation', [term('stabilising')])).toBe(true);
    expect(isHighlightForm('470', [term('470')])).toBe(true);
    expect(isHighlightForm('Korean', [term('seoul')])).toBe(false);
  });
  it('does not highlight words run together from neighbouring elements', () => {
    expect(isHighlightForm('PlaceAfghanistan', [term('afghan')])).toBe(false);
    expect(isHighlightForm('RasmussenPlaceDemilitarized', [term('rasmussen')])).toBe(false);
  });
});

describe('termsMatchedAt', () => {
  it('names the terms that the words at the locations match', () => {
    const words = pageWords('threat of piracy in the Gulf of Aden, the naval forces');
    const terms = [term('gulf'), term('aden'), term('navy')];
    expect([...termsMatchedAt(words, [5, 7], terms)]).toEqual([0, 1]);
    expect([...termsMatchedAt(words, [1, 99], terms)]).toEqual([]);
  });
});
