import { describe, expect, it } from 'vitest';
import { problemLine } from '../../../src/errors/editor-error.ts';
import { carriesSource, sectionProblems, sortByOrder, sourcePassageIds } from '../../../src/source/section-checks.ts';
import { parseSectionFile } from '../../../src/source/section-files.ts';

const SOURCE = [
  { slug: 'a', paragraphs: [] },
  { slug: 'b', paragraphs: [] },
];
const SOURCE_SLUGS = SOURCE.map((s) => s.slug);
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

describe('the evidence of a summary', () => {
  const source = [{ slug: 'a', paragraphs: ['NATO and the Republic of Korea initiated dialogue in 2005.'] }];
  const problems = (...sections: ReturnType<typeof section>[]) => sectionProblems(sections, source).map(problemLine);
  const withSummary = (
    id: string,
    frontMatter: string,
    body = 'NATO and the Republic of Korea initiated dialogue in 2005.',
  ) => section(id, `order: 1\n${frontMatter}`, body);

  it('accepts a summary whose quotes stand in the section and give its names and years', () => {
    expect(
      problems(withSummary('a', 'summary: Dialogue initiated in 2005.\nevidence:\n  - initiated dialogue in 2005.')),
    ).toEqual([]);
  });

  it('requires quotes for every summary of the source’s sections and of editorial ones', () => {
    expect(problems(withSummary('a', 'summary: Dialogue initiated in 2005.'))).toEqual([
      'content/sections/a.mdx: front matter field "evidence" is missing: the summary needs one or more exact quotes from this section’s text that say what it says, e.g. evidence: ["NATO and the Republic of Korea initiated dialogue in 2005."]',
    ]);
    expect(
      problems(
        withSummary('a', 'summary: Dialogue.\nevidence:\n  - initiated dialogue in 2005.'),
        section('notes', 'order: 2\neditorial: true\nsummary: Notes.', '<p data-editorial>x</p>'),
      ),
    ).toEqual([
      'content/sections/notes.mdx: front matter field "evidence" is missing: the summary needs one or more exact quotes from the source text that say what it says, e.g. evidence: ["NATO and the Republic of Korea initiated dialogue in 2005."]',
    ]);
  });

  it('names a quote that is not in the section, and a year of the summary that no quote gives', () => {
    expect(
      problems(withSummary('a', 'summary: Dialogue initiated in 2006.\nevidence:\n  - initiated dialogue in 2006.')),
    ).toEqual([
      'content/sections/a.mdx: front matter field "evidence[0]": “initiated dialogue in 2006.” is not in this section’s text; the closest passage there is “initiated dialogue in 2005.”: it has “2006” where the text has “2005”',
    ]);
    expect(
      problems(
        withSummary('a', 'summary: Dialogue initiated in 2006 in Seoul.\nevidence:\n  - initiated dialogue in 2005.'),
      ),
    ).toEqual([
      'content/sections/a.mdx: front matter field "summary": “Seoul” is in none of its quotes',
      'content/sections/a.mdx: front matter field "summary": “2006” is in none of its quotes',
    ]);
  });

  it('leaves a section file that changed the text to the fidelity check, which names the change', () => {
    const changed = 'NATO and the Republic of Korea initiated dialogue in 2006.';
    expect(
      problems(
        withSummary('a', 'summary: Dialogue initiated in 2006.\nevidence:\n  - initiated dialogue in 2006.', changed),
      ),
    ).toEqual([]);
  });

  it('lets an editorial section quote any section of the source', () => {
    expect(
      problems(
        withSummary('a', 'summary: Dialogue.\nevidence:\n  - initiated dialogue in 2005.'),
        section(
          'timeline',
          'order: 2\neditorial: true\nsummary: What the text dates from 2005.\nevidence:\n  - initiated dialogue in 2005.',
          '<p data-editorial>x</p>',
        ),
      ),
    ).toEqual([]);
  });
});

describe('carriesSource', () => {
  const source = [{ slug: 'a', paragraphs: ['One.', 'Photo.', 'Caption.', 'Two.'] }];
  const photo = '<Photograph id="a-photo" description="Photo." caption="Caption." />';
  it('holds when every paragraph and photograph line is the source’s, in its order', () => {
    expect(carriesSource([section('a', 'order: 1', `One.\n\n${photo}\n\nTwo.`)], source)).toBe(true);
  });
  it('fails for a changed word, a swap, a changed caption or a missing section', () => {
    expect(carriesSource([section('a', 'order: 1', `One!\n\n${photo}\n\nTwo.`)], source)).toBe(false);
    expect(carriesSource([section('a', 'order: 1', `Two.\n\n${photo}\n\nOne.`)], source)).toBe(false);
    expect(
      carriesSource([section('a', 'order: 1', `One.\n\n${photo.replace('Caption', 'Label')}\n\nTwo.`)], source),
    ).toBe(false);
    expect(carriesSource([], source)).toBe(false);
  });
});

describe('sourcePassageIds', () => {
  it('lists the paragraphs of the source’s sections only', () => {
    const files = [
      section('a', 'order: 1', 'One.\n\nTwo.'),
      section('notes', 'editorial: true', '<p data-editorial>x</p>'),
    ];
    expect(sourcePassageIds(files, SOURCE_SLUGS)).toEqual(['a-1', 'a-2']);
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
