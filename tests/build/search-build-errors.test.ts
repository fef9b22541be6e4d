import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, projectCopy } from '../support/build.ts';

/** Builds a copy of the project with one file changed; returns the build's exit code and log. */
async function buildWith(file: string, change: (text: string) => string) {
  const copy = await projectCopy('search-');
  try {
    const path = join(copy.root, file);
    const before = await readFile(path, 'utf8');
    const after = change(before);
    expect(after, `the fixture must change ${file}`).not.toBe(before);
    await writeFile(path, after);
    return await astroBuild(copy.root, { OUT_DIR: 'dist' });
  } finally {
    await copy.dispose();
  }
}

describe('the search index fails the build on bad input', () => {
  it('names the alias file and field when an alias is malformed', async () => {
    const { code, output } = await buildWith('content/search-aliases.json', (text) =>
      text.replace('"variants": ["ROK", "South Korea", "대한민국"]', '"variants": []'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('content/search-aliases.json: aliases[0].variants: needs at least one variant');
  });

  it('names the alias when its source wording is not in the text', async () => {
    const { code, output } = await buildWith('content/search-aliases.json', (text) =>
      text.replace('"source": "Guen-hye"', '"source": "Gueun-hye"'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/search-aliases.json: aliases[1].source: "Gueun-hye" does not occur in the source text',
    );
  });
});
