import { describe, expect, it } from 'vitest';
import { checkSearchAliases } from '../../../src/search/alias-check.ts';
import { SOURCE_TEXT as source } from '../../support/site.ts';

const FILE = 'content/search-aliases.json';

describe('checkSearchAliases', () => {
  it('returns the aliases of a file whose source wordings are in the text', () => {
    const aliases = [
      { source: 'Republic of Korea', variants: ['ROK', 'South Korea'], note: 'n' },
      { source: 'Guen-hye', variants: ['Geun-hye'], note: 'n' },
    ];
    expect(checkSearchAliases({ aliases }, source, FILE)).toEqual(aliases);
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
