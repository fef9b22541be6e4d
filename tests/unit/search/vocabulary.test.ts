import { describe, expect, it } from 'vitest';
import { parseVocabularyFile, textWords, vocabularyPart, VOCABULARY_PARTS } from '../../../src/search/vocabulary.ts';

describe('vocabularyPart', () => {
  it('files a word under its first letter, folded, accents dropped', () => {
    expect(vocabularyPart('Rasmussen')).toBe('r');
    expect(vocabularyPart('élan')).toBe('e');
    expect(vocabularyPart('(Seoul)')).toBe('s');
  });
  it('files words that start with anything else under "other", one of the parts', () => {
    expect(vocabularyPart('한국')).toBe('other');
    expect(VOCABULARY_PARTS).toHaveLength(27);
    expect(VOCABULARY_PARTS).toContain('other');
  });
});

describe('textWords', () => {
  it('splits at spaces, hyphens, apostrophes and digits', () => {
    expect(textWords('NATO’s Ban Ki-Moon, US$75 million')).toEqual(['NATO', 's', 'Ban', 'Ki', 'Moon', 'US', 'million']);
  });
});

describe('parseVocabularyFile', () => {
  it('reads [word, count] pairs, and nothing from anything else', () => {
    expect(parseVocabularyFile([['Seoul', 2]])).toEqual([{ word: 'Seoul', count: 2 }]);
    expect(parseVocabularyFile({})).toEqual([]);
  });
});
