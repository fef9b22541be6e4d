import { describe, expect, it } from 'vitest';
import { highlightPattern, matchRanges } from '../../../src/search/highlight.ts';

const found = (text: string, terms: string[]) =>
  matchRanges(text, highlightPattern(terms)!).map(({ start, end }) => text.slice(start, end));

describe('highlightPattern', () => {
  it('marks whole words that start with a term, ignoring case', () => {
    expect(found('Afghan lead in Afghanistan; not Kafghan', ['afghan'])).toEqual(['Afghan', 'Afghanistan']);
  });
  it('marks numbers and hyphenated names', () => {
    expect(found('some 470 personnel, 4700 more', ['470'])).toEqual(['470', '4700']);
    expect(found('President Park Guen-hye and', ['Guen-hye'])).toEqual(['Guen-hye']);
  });
  it('treats terms as text, not as patterns', () => {
    expect(found('US$ 500 million', ['US$'])).toEqual(['US$']);
    expect(found('a.b and axb', ['a.b'])).toEqual(['a.b']);
  });
  it('returns null when there is nothing to mark', () => {
    expect(highlightPattern([])).toBeNull();
    expect(highlightPattern([' '])).toBeNull();
  });
});
