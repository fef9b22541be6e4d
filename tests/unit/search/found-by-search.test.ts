import { describe, expect, it } from 'vitest';
import { foldedPhrase, foldedWords, foundBySearch } from '../../../src/search/found-by-search.ts';

const text = foldedWords('During his trip, the Secretary General condemned North Korea’s provocative rhetoric.');

describe('foundBySearch', () => {
  it('finds a phrase whose words stand in a row, case and punctuation aside', () => {
    expect(foundBySearch(text, 'secretary general')).toBe(true);
    expect(foundBySearch(text, 'General Secretary')).toBe(false);
  });
  it('takes the last word as a prefix, as search does: "North Korea" finds "North Korea’s"', () => {
    expect(foundBySearch(text, 'North Korea')).toBe(true);
    expect(foundBySearch(text, 'provoc')).toBe(true);
    expect(foundBySearch(text, 'provoc rhetoric')).toBe(false);
  });
});

describe('foldedPhrase', () => {
  it('gives one key to spellings search cannot tell apart', () => {
    expect(foldedPhrase('Ban Ki-Moon')).toBe(foldedPhrase('ban  ki-moon'));
    expect(foldedPhrase('Secretary-General')).not.toBe(foldedPhrase('Secretary General'));
  });
});
