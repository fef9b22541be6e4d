import { describe, expect, it } from 'vitest';
import { expandAliases, foldWord, type AliasRule } from '../../../src/search/aliases.ts';

const aliases: AliasRule[] = [
  { source: 'Republic of Korea', variants: ['ROK', 'South Korea'] },
  { source: 'Guen-hye', variants: ['Geun-hye'] },
];

describe('foldWord', () => {
  it('ignores case, dashes and punctuation', () => {
    expect(foldWord('Ki-Moon')).toBe(foldWord('ki-moon'));
    expect(foldWord('“Korea’s”')).toBe('koreas');
  });
});

describe('expandAliases', () => {
  it('rewrites an alias to the source wording and says so', () => {
    expect(expandAliases('ROK', aliases)).toEqual({
      query: 'Republic of Korea',
      replacements: [{ typed: 'ROK', source: 'Republic of Korea' }],
    });
  });
  it('matches multi-word aliases in any case, keeping the other words', () => {
    expect(expandAliases('south KOREA piracy', aliases).query).toBe('Republic of Korea piracy');
    expect(expandAliases('President Park Geun-hye', aliases).query).toBe('President Park Guen-hye');
  });
  it('keeps an exact phrase search quoted', () => {
    expect(expandAliases('"Park Geun-hye"', aliases).query).toBe('"Park Guen-hye"');
  });
  it('leaves queries without aliases alone, trimmed', () => {
    expect(expandAliases('  North Korea ', aliases)).toEqual({ query: 'North Korea', replacements: [] });
    // "South" alone is not the alias "South Korea".
    expect(expandAliases('South', aliases).query).toBe('South');
  });
});
