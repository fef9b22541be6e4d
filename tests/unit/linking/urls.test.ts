import { describe, expect, it } from 'vitest';
import { headingId, paragraphId } from '../../../src/source/ids.ts';
import { absoluteUrl, joinBase, sectionPath } from '../../../src/linking/urls.ts';

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

describe('urls', () => {
  it('joins the base path with and without slashes', () => {
    expect(joinBase('/', 'search/')).toBe('/search/');
    expect(joinBase('/nato-rok/', '/search/')).toBe('/nato-rok/search/');
    expect(joinBase('/nato-rok', '')).toBe('/nato-rok/');
  });
  it('puts the overview at the home page', () => {
    expect(sectionPath('overview')).toBe('');
    expect(sectionPath('political-dialogue')).toBe('political-dialogue/');
  });
  it('builds absolute URLs under the base', () => {
    expect(absoluteUrl('https://example.org', '/nato-rok/', 'political-dialogue/#political-dialogue-2')).toBe(
      'https://example.org/nato-rok/political-dialogue/#political-dialogue-2',
    );
  });
});
