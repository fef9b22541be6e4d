import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { rehypeHeadingLinks } from '../../../../build/plugins/rehype-heading-links.ts';

function run(children: Element[], frontmatter: Record<string, unknown> = {}): Root {
  const tree: Root = { type: 'root', children };
  const file = new VFile({ path: '/site/content/sections/political-dialogue.mdx', data: { astro: { frontmatter } } });
  rehypeHeadingLinks()(tree, file);
  return tree;
}

describe('rehypeHeadingLinks', () => {
  it('wraps a heading with a link to its github-style id and a hidden label', () => {
    expect(toHtml(run([h('h2', 'Staff talks in Seoul')]))).toBe(
      '<div class="heading-wrapper heading-wrapper--h2">' +
        '<h2 id="staff-talks-in-seoul">Staff talks in Seoul</h2>' +
        '<a class="heading-link" href="#staff-talks-in-seoul" data-pagefind-ignore="">' +
        '<span aria-hidden="true">#</span><span class="sr-only">Copy link to section Staff talks in Seoul</span></a></div>',
    );
  });

  it('gives an h1 its id but no link: it is the page’s own title, at the top of the page', () => {
    expect(toHtml(run([h('h1', 'Political dialogue')]))).toBe(
      '<div class="heading-wrapper heading-wrapper--h1"><h1 id="political-dialogue">Political dialogue</h1></div>',
    );
  });

  it('numbers repeated headings like GitHub and keeps an id the author set', () => {
    const tree = run([h('h2', 'Talks'), h('h3', 'Talks'), h('h2', { id: 'own' }, 'Talks')]);
    const ids = tree.children.map(
      (wrapper) =>
        ((wrapper as Element).children.find((c) => (c as Element).tagName?.startsWith('h')) as Element).properties[
          'id'
        ],
    );
    expect(ids).toEqual(['talks', 'talks-1', 'own']);
  });

  it('handles headings nested in other elements and leaves other elements alone', () => {
    const tree = run([h('section', [h('h3', 'Inner')]), h('p', 'Text')]);
    expect(toHtml(tree)).toContain(
      '<section><div class="heading-wrapper heading-wrapper--h3"><h3 id="inner">Inner</h3>',
    );
    expect(toHtml(tree)).toContain('<p>Text</p>');
  });

  it('renders the old ids the front matter declares as anchors before the heading', () => {
    const tree = run([h('h2', 'Staff talks'), h('h2', 'Visits')], {
      headingAliases: { 'annual-talks': 'staff-talks', 'high-level-talks': 'staff-talks' },
    });
    const html = toHtml(tree);
    expect(html).toContain(
      '<span id="annual-talks" data-heading-alias="staff-talks"></span><span id="high-level-talks" data-heading-alias="staff-talks"></span><h2 id="staff-talks">',
    );
    expect(html.match(/data-heading-alias/g)).toHaveLength(2);
  });

  it('labels a heading by its text only, not by markup inside it', () => {
    const html = toHtml(
      run([h('h2', ['The ', h('abbr', { title: 'Provincial Reconstruction Team' }, 'PRT'), ' in Parwan'])]),
    );
    expect(html).toContain('id="the-prt-in-parwan"');
    expect(html).toContain('Copy link to section The PRT in Parwan');
  });
});
