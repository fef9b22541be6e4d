import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBuildError } from '../../../build/format-error.ts';
import { EditorError } from '../../../src/errors/editor-error.ts';

const root = mkdtempSync(join(tmpdir(), 'format-error-'));
const mistake = new EditorError(
  [{ where: 'content/timeline.yaml', line: 3, column: 5, what: 'Map keys must be unique' }],
  'Fix the YAML syntax at that line.',
);

describe('formatBuildError', () => {
  it('prints an editor error as it is: where, what, how to fix, no stack', () => {
    expect(formatBuildError(mistake, root)).toBe(
      'Build stopped.\ncontent/timeline.yaml:3:5: Map keys must be unique\nHow to fix: Fix the YAML syntax at that line.',
    );
  });

  it('finds an editor error wrapped by the bundler, by its message', () => {
    const wrapped = Object.assign(new Error('Build failed with 1 error'), {
      errors: [Object.assign(new Error(mistake.message), { name: 'MDXError' })],
    });
    expect(formatBuildError(wrapped, root)).toBe(formatBuildError(mistake, root));
  });

  it('puts an Astro front matter error on the line of the field it names', () => {
    writeFileSync(join(root, 'a.mdx'), '---\ntitle: A\norder: third\n---\n');
    const error = Object.assign(
      new Error(
        '**sections → a** data does not match collection schema.\n\n  **order**: front matter field "order" must be a whole number',
      ),
      {
        name: 'InvalidContentEntryDataError',
        loc: { file: join(root, 'a.mdx'), line: 0, column: 0 },
        hint: 'See https://docs.astro.build/ for more information.',
      },
    );
    expect(formatBuildError(error, root)).toBe(
      'Build stopped.\na.mdx:3: front matter field "order" must be a whole number\nHow to fix: Fix the front matter field named above; the fields are described in docs/editing.md.',
    );
  });

  it('keeps the stack of an error in the code, saying so', () => {
    const bug = new TypeError('x is undefined');
    expect(formatBuildError(bug, root)).toMatch(
      /^Build failed with an error in the code, not in the content:\nTypeError: x is undefined\n\s+at /,
    );
  });
});
