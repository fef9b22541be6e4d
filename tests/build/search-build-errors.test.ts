import { describe, expect, it } from 'vitest';
import { buildWithChange } from '../../tools/build.ts';

const buildWith = (file: string, change: (text: string) => string) => buildWithChange(file, change, 'search-');

describe('the search index fails the build on bad input', () => {
  it('names the alias file and field when an alias is malformed', async () => {
    const { code, output } = await buildWith('content/search-aliases.json', (text) =>
      text.replace(/"variants": \["ROK",[^\]]*\]/, '"variants": []'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/search-aliases.json: field "aliases[0].variants": needs at least one variant');
  });

  it('names the alias when its source wording is not in the text', async () => {
    const { code, output } = await buildWith('content/search-aliases.json', (text) =>
      text.replace('"source": "Guen-hye"', '"source": "Gueun-hye"'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/search-aliases.json: field "aliases[1].source": "Gueun-hye" does not occur in the source text',
    );
  });
});
