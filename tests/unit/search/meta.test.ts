import { describe, expect, it } from 'vitest';
import { searchPageKind, searchSectionName } from '../../../src/search/meta.ts';

describe('searchSectionName', () => {
  const sections = [
    { path: '', title: 'Overview' },
    { path: 'political-dialogue/', title: 'Political dialogue' },
  ];
  it('uses the section title, also for the home page', () => {
    expect(searchSectionName(sections, '', 'Relations with the Republic of Korea')).toBe('Overview');
    expect(searchSectionName(sections, 'political-dialogue/', 'x')).toBe('Political dialogue');
  });
  it('falls back to the page title for other pages', () => {
    expect(searchSectionName(sections, 'timeline/', 'Timeline')).toBe('Timeline');
  });
});

describe('searchPageKind', () => {
  const headings = ['Relations with the Republic of Korea', 'Practical cooperation', 'Political dialogue'];
  it('tells the pages of the source text from editorial pages', () => {
    expect(searchPageKind(headings, '')).toBe('source');
    expect(searchPageKind(headings, 'political-dialogue/')).toBe('source');
    expect(searchPageKind(headings, 'timeline/')).toBe('editorial');
  });
});
