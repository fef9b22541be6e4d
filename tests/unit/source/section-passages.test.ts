import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileSync } from '@mdx-js/mdx';
import type { Root } from 'hast';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeParagraphIds } from '../../../build/plugins/rehype-paragraph-ids.ts';
import { sectionPassages } from '../../../src/source/section-passages.ts';

const sectionsDir = join(import.meta.dirname, '../../../content/sections');

/** The ids the site's pipeline gives: the MDX compiler with remark-gfm and rehypeParagraphIds, as Astro runs it. */
function renderedIds(section: string, body: string): string[] {
  const ids: string[] = [];
  const collectIds = () => (tree: Root) => {
    for (const node of tree.children) {
      if (node.type === 'element' && typeof node.properties['id'] === 'string') ids.push(node.properties['id']);
    }
  };
  compileSync(new VFile({ path: `content/sections/${section}.mdx`, value: body }), {
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeParagraphIds, collectIds],
  });
  return ids;
}

const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

const SAMPLE = `
<div data-editorial>

An editorial note in Markdown, nested: not a source paragraph.

</div>

First *source* paragraph with [a link](https://example.org) and **bold** text.

<Photograph id="sample-photograph" description="A description" caption="A caption (May 2015)" />

<Photograph description="No id, so not citable" caption="Uncited" />

<p data-editorial>Editorial paragraph written as JSX.</p>

{/* a comment */}

Second paragraph
over two lines.

- a list item is not a paragraph of the section

> neither is a quotation
`;

describe('sectionPassages', () => {
  it('numbers top-level Markdown paragraphs from 1 and keeps their text', () => {
    expect(sectionPassages('sample', SAMPLE).paragraphs).toEqual([
      { id: 'sample-1', n: 1, text: 'First source paragraph with a link and bold text.' },
      { id: 'sample-2', n: 2, text: 'Second paragraph over two lines.' },
    ]);
  });

  it('lists photographs that carry an id, with description and caption', () => {
    expect(sectionPassages('sample', SAMPLE).figures).toEqual([
      { id: 'sample-photograph', description: 'A description', caption: 'A caption (May 2015)' },
    ]);
  });

  it('finds nothing to cite in an all-editorial body', () => {
    expect(sectionPassages('timeline', '<div data-editorial>\n\nIntro.\n\n</div>\n')).toEqual({
      paragraphs: [],
      figures: [],
    });
  });

  it('agrees with the ids the rehype plugin gives the rendered sample', () => {
    expect(renderedIds('sample', SAMPLE)).toEqual(sectionPassages('sample', SAMPLE).paragraphs.map((p) => p.id));
  });

  const files = readdirSync(sectionsDir).filter((name) => name.endsWith('.mdx'));

  it.each(files)('agrees with the rendered ids for content/sections/%s', (name) => {
    const section = name.replace(/\.mdx$/, '');
    const body = bodyOf(readFileSync(join(sectionsDir, name), 'utf8'));
    const expected = renderedIds(section, body);
    expect(sectionPassages(section, body).paragraphs.map((p) => p.id)).toEqual(expected);
  });

  it('skips a line of JSX that MDX unwraps, as the rendered page does', () => {
    // Counting it would shift every later id by one.
    const body =
      '<p data-editorial>JSX paragraph</p>\n\n<abbr>ROK</abbr> {1 + 1}\n\nMarkdown paragraph with <abbr>JSX</abbr> inside.\n';
    expect(renderedIds('x', body)).toEqual(['x-1']);
    expect(sectionPassages('x', body).paragraphs).toEqual([
      { id: 'x-1', n: 1, text: 'Markdown paragraph with JSX inside.' },
    ]);
  });
});
