import { describe, expect, it } from 'vitest';
import { paragraphResultTitle } from '../../../src/search/anchors.ts';

describe('paragraphResultTitle', () => {
  it('names a paragraph by its number', () => {
    expect(paragraphResultTitle('practical-cooperation-1')).toBe('Paragraph 1');
    expect(paragraphResultTitle('overview-12')).toBe('Paragraph 12');
  });
  it('rejects ids that are not paragraph permalinks', () => {
    expect(() => paragraphResultTitle('political-dialogue')).toThrow(/not a paragraph id/);
  });
});
