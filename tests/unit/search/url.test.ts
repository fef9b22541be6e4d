import { describe, expect, it } from 'vitest';
import { highlightTerms, highlightTermsFromSearch, withHighlight, withoutHighlight } from '../../../src/search/url.ts';

describe('highlightTerms', () => {
  it('drops short filler words, punctuation and repeats', () => {
    expect(highlightTerms(['Republic of Korea', 'korea', '"Seoul"'])).toEqual(['Republic', 'Korea', 'Seoul']);
  });
});

describe('withHighlight', () => {
  it('puts the terms before the fragment', () => {
    expect(withHighlight('/practical-cooperation/#practical-cooperation-1', ['470'])).toBe(
      '/practical-cooperation/?highlight=470#practical-cooperation-1',
    );
    expect(withHighlight('/nato-rok/?a=1', ['Park', 'Guen-hye'])).toBe(
      '/nato-rok/?a=1&highlight=Park&highlight=Guen-hye',
    );
  });
  it('leaves the URL alone without terms', () => {
    expect(withHighlight('/x/#y', [])).toBe('/x/#y');
  });
});

describe('withoutHighlight', () => {
  it('removes every highlight parameter and keeps the rest and the fragment', () => {
    expect(withoutHighlight('https://e.org/a/?highlight=470&x=1&highlight=b#practical-cooperation-1')).toBe(
      'https://e.org/a/?x=1#practical-cooperation-1',
    );
    expect(withoutHighlight('https://e.org/a/?highlight=470#:~:text=470%20personnel')).toBe(
      'https://e.org/a/#:~:text=470%20personnel',
    );
  });
  it('leaves an address without highlight unchanged', () => {
    expect(withoutHighlight('https://e.org/a/?q=1#x')).toBe('https://e.org/a/?q=1#x');
    expect(withoutHighlight('https://e.org/a/')).toBe('https://e.org/a/');
  });
});

describe('highlightTermsFromSearch', () => {
  it('reads repeated and encoded parameters', () => {
    expect(highlightTermsFromSearch('?highlight=Park&highlight=Guen-hye&q=x')).toEqual(['Park', 'Guen-hye']);
    expect(highlightTermsFromSearch('?highlight=high-level%20staff')).toEqual(['high-level', 'staff']);
  });
});
