import { describe, expect, it } from 'vitest';
import { headingId, paragraphId, parseParagraphId } from '../../../src/source/ids.ts';

describe('headingId', () => {
  it('slugs like GitHub', () => {
    expect(headingId('Practical cooperation')).toBe('practical-cooperation');
    expect(headingId('Relations with the Republic of Korea')).toBe('relations-with-the-republic-of-korea');
    expect(headingId('NATO’s “partners”')).toBe('natos-partners');
  });
});

describe('paragraphId', () => {
  it('counts from 1 within a section', () => {
    expect(paragraphId('political-dialogue', 2)).toBe('political-dialogue-2');
  });
  it('rejects 0 and fractions', () => {
    expect(() => paragraphId('overview', 0)).toThrow(/count from 1/);
    expect(() => paragraphId('overview', 1.5)).toThrow();
  });
});

describe('parseParagraphId', () => {
  it('reads back what paragraphId writes, also for slugs with hyphens and numbers', () => {
    expect(parseParagraphId(paragraphId('political-dialogue', 2))).toEqual({ section: 'political-dialogue', n: 2 });
    expect(parseParagraphId('cooperation-2012-14')).toEqual({ section: 'cooperation-2012', n: 14 });
  });
  it('refuses ids that are not paragraph ids', () => {
    expect(parseParagraphId('political-dialogue')).toBeUndefined();
    expect(parseParagraphId('overview-0')).toBeUndefined();
    expect(parseParagraphId('-3')).toBeUndefined();
  });
});
