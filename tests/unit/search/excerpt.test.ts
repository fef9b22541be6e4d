import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptSegments, markedWords } from '../../../src/search/excerpt.ts';

describe('excerptSegments', () => {
  it('splits at <mark> and decodes the text between', () => {
    expect(excerptSegments('some <mark>470</mark> personnel &amp; &lt;b&gt;')).toEqual([
      { text: 'some ', marked: false },
      { text: '470', marked: true },
      { text: ' personnel & <b>', marked: false },
    ]);
  });
  it('keeps any other tag as literal text, never as markup', () => {
    expect(excerptSegments('<img src=x onerror=alert(1)>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
    ]);
  });
  it('decodes numeric entities', () => {
    expect(decodeEntities('&#39;&#x2019;&quot;&unknown;')).toBe('\'’"&unknown;');
  });
});

describe('markedWords', () => {
  it('lists each marked word once, without punctuation', () => {
    expect(markedWords('<mark>Korea.</mark> and <mark>Korea’s</mark> <mark>Korea</mark>')).toEqual([
      'Korea',
      'Korea’s',
    ]);
  });
});
