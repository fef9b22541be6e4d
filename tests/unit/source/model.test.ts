import { describe, expect, it } from 'vitest';
import {
  HOME_SLUG,
  documentTitle,
  lastUpdated,
  lastUpdatedText,
  isSourceSlug,
  sourceSections,
} from '../../../src/source/model.ts';

describe('the source model', () => {
  it('reads the title and the last-updated line from the canonical source', () => {
    expect(documentTitle).toBe('Relations with the Republic of Korea');
    expect(lastUpdatedText).toBe('06 Oct. 2016 17:16');
    expect(lastUpdated.date).toBe('2016-10-06');
  });

  it('gives each source section the slug its site section must have, the overview first', () => {
    expect(sourceSections.map((section) => section.slug)).toEqual([
      HOME_SLUG,
      'practical-cooperation',
      'political-dialogue',
    ]);
    // The overview's blocks include the photograph's two lines.
    expect(sourceSections.map((section) => section.paragraphs.length)).toEqual([5, 3, 3]);
  });

  it('tells the source’s sections from the site’s own', () => {
    expect(isSourceSlug('overview')).toBe(true);
    expect(isSourceSlug('political-dialogue')).toBe(true);
    expect(isSourceSlug('timeline')).toBe(false);
  });
});
