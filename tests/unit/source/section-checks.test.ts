import { describe, expect, it } from 'vitest';
import { problemLine } from '../../../src/errors/editor-error.ts';
import { sectionProblems, sortByOrder, sourcePassageIds } from '../../../src/source/section-checks.ts';
import { parseSectionFile } from '../../../src/source/section-files.ts';

const SOURCE = ['a', 'b'];
const section = (id: string, frontMatter: string, body = 'Text.') =>
  parseSectionFile(`content/sections/${id}.mdx`, `---\ntitle: ${id}\n${frontMatter}\n---\n\n${body}\n`);
const problems = (...sections: ReturnType<typeof section>[]) => sectionProblems(sections, SOURCE).map(problemLine);

describe('sectionProblems', () => {
  it('accepts the source’s sections and declared editorial ones, with distinct orders and bodies', () => {
    expect(
      problems(
        section('a', 'order: 1'),
        section('b', 'order: 2'),
        section('timeline', 'order: 3\neditorial: true', '<div data-editorial>\n\nNote.\n\n</div>'),
      ),
    ).toEqual([]);
  });
  it('names both files of a duplicate order', () => {
    expect(problems(section('a', 'order: 1'), section('b', 'order: 1'))).toEqual([
      'content/sections/b.mdx: front matter field "order" (1) is already used by content/sections/a.mdx; each section needs its own order.',
    ]);
  });
  it('names a file with an empty body', () => {
    expect(problems(section('a', 'order: 1', '  '))).toEqual([
      'content/sections/a.mdx: the body is empty; a section needs its text below the front matter.',
    ]);
  });
  it('stops a section that is neither the source’s nor marked editorial', () => {
    expect(problems(section('made-up', 'order: 2'))).toEqual([
      'content/sections/made-up.mdx: this is not a section of the source (a, b) and is not marked editorial; if it is the site\'s own text, add "editorial: true" to its front matter, and if it is a section of the source, name the file after its heading',
    ]);
  });
  it('stops a source section marked editorial', () => {
    expect(problems(section('a', 'order: 1\neditorial: true', '<p data-editorial>x</p>'))).toEqual([
      'content/sections/a.mdx: front matter field "editorial" is true, but this is the source\'s section "a"; remove the field',
    ]);
  });
  it('stops an unmarked paragraph in an editorial section', () => {
    expect(problems(section('notes', 'order: 5\neditorial: true', 'A made-up paragraph.'))).toEqual([
      'content/sections/notes.mdx: this section is editorial, but paragraph 1 ("A made-up paragraph.…") is not marked as editorial; wrap it in <div data-editorial> … </div>',
    ]);
  });
  it('checks heading aliases against the headings of the section, its title included', () => {
    expect(
      problems(section('a', 'order: 1\nheadingAliases:\n  old: a\n  older: talks', 'Text.\n\n## Talks\n\nMore.')),
    ).toEqual([]);
    expect(problems(section('a', 'order: 1\nheadingAliases:\n  old: nowhere'))).toEqual([
      'content/sections/a.mdx: front matter field "headingAliases.old" points to "nowhere", but no heading of this section has that id (headings: a).',
    ]);
  });
});

describe('sourcePassageIds', () => {
  it('lists the paragraphs of the source’s sections only', () => {
    const files = [
      section('a', 'order: 1', 'One.\n\nTwo.'),
      section('notes', 'editorial: true', '<p data-editorial>x</p>'),
    ];
    expect(sourcePassageIds(files, SOURCE)).toEqual(['a-1', 'a-2']);
  });
});

describe('sortByOrder', () => {
  it('sorts by order', () => {
    expect(
      sortByOrder([
        { id: 'b', order: 2 },
        { id: 'a', order: 1 },
      ]).map((s) => s.id),
    ).toEqual(['a', 'b']);
  });
});
