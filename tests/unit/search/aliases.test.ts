import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSearchAliases } from '../../../src/search/alias-check.ts';
import { expandAliases, foldWord, type SearchAlias } from '../../../src/search/aliases.ts';
import { projectRoot } from '../../../tools/paths.ts';

const FILE = 'content/search-aliases.json';
const source = await readFile(join(projectRoot, 'content/source/relations-with-the-republic-of-korea.txt'), 'utf8');
const data: unknown = JSON.parse(await readFile(join(projectRoot, FILE), 'utf8'));

const aliases: SearchAlias[] = [
  { source: 'Republic of Korea', variants: ['ROK', 'South Korea'], note: 'n' },
  { source: 'Guen-hye', variants: ['Geun-hye'], note: 'n' },
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

describe('checkSearchAliases', () => {
  it('accepts the editorial alias file', () => {
    expect(checkSearchAliases(data, source, FILE).length).toBeGreaterThan(3);
  });

  const bad = (value: unknown) => () => checkSearchAliases(value, source, FILE);

  it('names the file and the field of a shape error', () => {
    expect(bad({ aliases: [{ source: 'Seoul', variants: [], note: 'n' }] })).toThrow(
      `${FILE}: field "aliases[0].variants": needs at least one variant`,
    );
    expect(bad({ aliases: [{ source: 'Seoul', variants: ['x'], note: 'n', extra: 1 }] })).toThrow(
      /content\/search-aliases\.json: field "aliases\[0\]": .*extra/,
    );
    expect(bad({ aliases: [{ source: ' ', variants: ['x'], note: 'n' }] })).toThrow(
      `${FILE}: field "aliases[0].source": must not be empty`,
    );
  });
  it('rejects a source wording that the text does not contain', () => {
    expect(bad({ aliases: [{ source: 'Pyongyang', variants: ['PY'], note: 'n' }] })).toThrow(
      `${FILE}: field "aliases[0].source": "Pyongyang" does not occur in the source text`,
    );
  });
  it('rejects a variant the text already contains, which would hide its own matches', () => {
    expect(bad({ aliases: [{ source: 'Republic of Korea', variants: ['Ban Ki-moon'], note: 'n' }] })).toThrow(
      `${FILE}: field "aliases[0].variants[0]": "Ban Ki-moon" occurs in the source text`,
    );
    // A prefix counts, as search matches prefixes: "North Korea" finds "North Korea’s".
    expect(bad({ aliases: [{ source: 'Republic of Korea', variants: ['North Korea'], note: 'n' }] })).toThrow(
      /variants\[0\]": "North Korea" occurs/,
    );
  });
  it('rejects a variant claimed by two aliases', () => {
    const twice = {
      aliases: [
        { source: 'Seoul', variants: ['ROK'], note: 'n' },
        { source: 'Republic of Korea', variants: ['rok'], note: 'n' },
      ],
    };
    expect(bad(twice)).toThrow(
      `${FILE}: field "aliases[1].variants[0]": "rok" is already a variant in aliases[0].variants[0]`,
    );
  });
});
