import { describe, expect, it } from 'vitest';
import { absoluteUrl, joinBase, sectionPath } from '../../../src/linking/urls.ts';

describe('joinBase', () => {
  it('joins the base path with and without slashes', () => {
    expect(joinBase('/', 'search/')).toBe('/search/');
    expect(joinBase('/nato-rok/', '/search/')).toBe('/nato-rok/search/');
    expect(joinBase('/nato-rok', '')).toBe('/nato-rok/');
  });
});

describe('sectionPath', () => {
  it('puts the overview at the home page', () => {
    expect(sectionPath('overview')).toBe('');
    expect(sectionPath('political-dialogue')).toBe('political-dialogue/');
  });
});

describe('absoluteUrl', () => {
  it('builds absolute URLs under the base', () => {
    expect(absoluteUrl('https://example.org', '/nato-rok/', 'political-dialogue/#political-dialogue-2')).toBe(
      'https://example.org/nato-rok/political-dialogue/#political-dialogue-2',
    );
  });
});
