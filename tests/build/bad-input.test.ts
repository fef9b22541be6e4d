import { describe, expect, it } from 'vitest';
import { buildWithChange } from '../../tools/build.ts';

/**
 * Each fixture is the real project with one mistake a content editor could
 * make. The build must stop and say which file and which field to fix.
 */
const buildWith = (file: string, edit: (text: string) => string) => buildWithChange(file, edit);

const section = 'content/sections/political-dialogue.mdx';

describe('bad content fails the build with a message naming the file and the field', () => {
  it('a section without a title', async () => {
    const result = await buildWith(section, (text) => text.replace(/^title: .*\n/m, ''));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('political-dialogue');
    expect(result.output).toContain('front matter field "title" is missing');
  });

  it('a non-numeric order', async () => {
    const result = await buildWith(section, (text) => text.replace(/^order: .*$/m, 'order: third'));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('political-dialogue');
    expect(result.output).toContain('front matter field "order" must be a whole number giving the reading position');
    expect(result.output).toContain('(got "third")');
  });

  it('two sections with the same order', async () => {
    const result = await buildWith(section, (text) => text.replace(/^order: .*$/m, 'order: 2'));
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /content\/sections\/political-dialogue\.mdx: front matter field "order" \(2\) is already used by content\/sections\/practical-cooperation\.mdx|content\/sections\/practical-cooperation\.mdx: front matter field "order" \(2\) is already used by content\/sections\/political-dialogue\.mdx/,
    );
  });

  it('an unknown front matter key', async () => {
    const result = await buildWith(section, (text) => text.replace(/^summary:/m, 'sumary:'));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('political-dialogue');
    expect(result.output).toContain('unknown front matter field "sumary"');
  });

  it('a section file with no body', async () => {
    const result = await buildWith(section, (text) => text.replace(/(^---\n[\s\S]*?\n---\n)[\s\S]*$/, '$1\n'));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/sections/political-dialogue.mdx: the body is empty');
  });

  it('a link to a paragraph that does not exist', async () => {
    const result = await buildWith(section, (text) =>
      text.replace(/\n$/, '\n<p data-editorial>See [the fourth paragraph](#political-dialogue-4).</p>\n'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('no element with id "political-dialogue-4" on /political-dialogue/');
    expect(result.output).toContain('political-dialogue-3');
  });

  it('a link to a page that does not exist', async () => {
    const result = await buildWith(section, (text) =>
      text.replace(/\n$/, '\n<p data-editorial>See [the annex](/annex/).</p>\n'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/\/political-dialogue\/.*"\/annex\/".*points to a missing page/);
  });
});
