import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { aliasesFor, type HeadingAliases } from '../../src/linking/heading-aliases.ts';
import { headingLinkLabel } from '../../src/linking/link-labels.ts';

const HEADING = /^h[1-6]$/;

/**
 * The markup every linkable heading shares, here and in SectionHeading.astro:
 * old ids as empty anchors first (so old links land on the heading), then the
 * heading, then a link to it. The link sits after the heading, not inside
 * it, so the heading's own text (and the outline, and search sub-results)
 * stay exactly the heading. The h1 gets no link.
 */
export function linkedHeading(heading: Element, id: string, aliases: readonly string[]): Element {
  const text = toString(heading).trim();
  heading.properties['id'] = id;
  const link = h('a', { className: ['heading-link'], href: `#${id}`, dataPagefindIgnore: '' }, [
    h('span', { ariaHidden: 'true' }, '#'),
    h('span', { className: ['sr-only'] }, headingLinkLabel(text)),
  ]);
  return h('div', { className: ['heading-wrapper', `heading-wrapper--${heading.tagName}`] }, [
    ...aliases.map((old) => h('span', { id: old, dataHeadingAlias: id })),
    heading,
    // An h1 is the page's title: a link to it would only lead to the top of the page it is on.
    ...(heading.tagName === 'h1' ? [] : [link]),
  ]);
}

function frontmatterAliases(file: VFile): HeadingAliases | undefined {
  const data = file.data as { astro?: { frontmatter?: { headingAliases?: unknown } } };
  const aliases = data.astro?.frontmatter?.headingAliases;
  return aliases && typeof aliases === 'object' ? (aliases as HeadingAliases) : undefined;
}

/**
 * Gives every heading in the content a github-slugger id (the style Astro
 * itself uses, so its `headings` list agrees) and a link to itself, plus the
 * old ids the front matter declares for it in `headingAliases`.
 */
export function rehypeHeadingLinks() {
  return (tree: Root, file: VFile) => {
    const slugger = new GithubSlugger();
    const aliases = frontmatterAliases(file);
    visit(tree, 'element', (node, index, parent) => {
      if (!HEADING.test(node.tagName) || parent === undefined || index === undefined) return;
      const existing = node.properties['id'];
      const id = typeof existing === 'string' && existing !== '' ? existing : slugger.slug(toString(node).trim());
      parent.children[index] = linkedHeading(node, id, aliasesFor(aliases, id));
      return [SKIP, index + 1];
    });
  };
}
