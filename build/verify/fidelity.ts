import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Problem } from '../../src/errors/editor-error.ts';
import { sectionPath } from '../../src/linking/urls.ts';
import { collapseSpaces, splitSentences } from '../../src/source/source-text.ts';
import { difference, nearest, occurrences, quoted as quote } from '../../src/source/text-match.ts';
import { pathForFile, type SiteFiles } from './site-files.ts';

/**
 * Fidelity, checked on the pages as built: every sentence of the source
 * appears exactly once in its section, in the source's order, on the
 * section's page and on /document/; every paragraph of a source section that
 * is not marked editorial is a paragraph of the source; every section is
 * either one of the source's or marked editorial. Checking the built HTML,
 * not the MDX, covers everything that renders: components, markup, plugins.
 */
export interface SourceSectionText {
  slug: string;
  heading: string;
  paragraphs: readonly string[];
}

export interface FidelityInput {
  sections: readonly SourceSectionText[];
  /** The "Last updated" value, which the home page shows as "Last updated: …". */
  lastUpdatedText: string;
  /** The content file of a section, for messages: content/sections/<slug>.mdx */
  fileOf: (slug: string) => string;
  /** Only in the benchmark's synthetic builds: sections neither the source's nor editorial pass. */
  allowSynthetic?: boolean;
  /** The line of a passage in its content file, when it can be found. */
  lineOf?: (file: string, text: string) => number | undefined;
}

const BLOCK = new Set(
  'p div section article aside figure figcaption blockquote li ul ol dl dt dd h1 h2 h3 h4 h5 h6 header footer nav table tr td th br'.split(
    ' ',
  ),
);

/** Text as a reader sees it: inline markup joins words, block boundaries separate them. */
export function readableText(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (!('children' in node)) return '';
  const tag = 'name' in node ? node.name : '';
  if (tag === 'script' || tag === 'style' || tag === 'template') return '';
  const inner = node.children.map(readableText).join('');
  return BLOCK.has(tag) ? ` ${inner} ` : inner;
}

/** The text of a paragraph without what the site added inside it (link controls, notes). */
function sourceTextOf($: CheerioAPI, paragraph: Element): string {
  const copy = $(paragraph).clone();
  copy.find('[data-editorial]').remove();
  return collapseSpaces(readableText(copy.get(0)!));
}

interface Container {
  page: string;
  slug: string;
  $: CheerioAPI;
  element: Element;
}

function containers(site: SiteFiles): Container[] {
  const found: Container[] = [];
  for (const [file, $] of site.pages) {
    $('main [data-section]').each((_, element) => {
      found.push({ page: pathForFile(file), slug: $(element).attr('data-section') ?? '', $, element });
    });
  }
  return found;
}

function checkSourceSection(
  { page, $, element }: Container,
  section: SourceSectionText,
  input: FidelityInput,
  report: (what: string, page: string, passage?: string) => void,
): void {
  const text = collapseSpaces(readableText(element));
  const inMain = collapseSpaces(readableText($('main').get(0)!));
  // The overview is the source's first section: its heading (the title) and date sit above its text.
  const isHome = section.slug === input.sections[0]?.slug;
  const sentences = section.paragraphs.flatMap(splitSentences);
  if (isHome) sentences.push(`Last updated: ${input.lastUpdatedText}`);
  const headings = $(isHome ? $('main').get(0)! : element)
    .find('h1, h2, h3, h4, h5, h6')
    .toArray()
    .map((h) => collapseSpaces(readableText(h)));
  if (!headings.includes(section.heading)) {
    report(
      `the source heading ${quote(section.heading)} is not a heading; the title must stay as the source has it`,
      page,
    );
  }

  // Unmarked paragraphs: each must be a paragraph of this section of the source, in its order.
  // A changed paragraph is one mistake: its sentences are not reported missing as well.
  const changed = new Set<string>();
  let lastIndex = -1;
  let lastText = '';
  $(element)
    .find('p')
    .toArray()
    .filter((p) => $(p).closest('[data-editorial]').length === 0)
    .forEach((p, i) => {
      const published = sourceTextOf($, p);
      // The date line is the source's too; the site drops only its bullet.
      if (published === '' || (isHome && published === `Last updated: ${input.lastUpdatedText}`)) return;
      const index = section.paragraphs.indexOf(published);
      if (index === -1) {
        const near = nearest(published, section.paragraphs);
        if (near) changed.add(near);
        report(
          near
            ? `paragraph ${i + 1} differs from the source: ${difference(near, published)} (source: ${quote(near, 50)})`
            : `paragraph ${i + 1} is not in the source and not marked editorial: ${quote(published)}`,
          page,
          published,
        );
      } else if (index < lastIndex) {
        report(
          `the paragraph ${quote(published, 50)} comes after ${quote(lastText, 50)}, but the source has it before; keep the source's order`,
          page,
          published,
        );
      } else {
        [lastIndex, lastText] = [index, published];
      }
    });

  // Sentences: each exactly once (the whole page for the date line, which sits above the text).
  const inChanged = (sentence: string) => [...changed].some((paragraph) => paragraph.includes(sentence));
  for (const sentence of sentences) {
    const where = sentence.startsWith('Last updated:') ? inMain : text;
    const count = occurrences(where, sentence).length;
    if (count === 0 && !inChanged(sentence)) report(`the source sentence ${quote(sentence)} is missing`, page);
    else if (count > 1) report(`the source sentence ${quote(sentence)} appears ${count} times`, page, sentence);
  }
}

export function fidelityProblems(site: SiteFiles, input: FidelityInput): Problem[] {
  // One mistake shows on the section's page and on /document/: one message names both.
  const problems = new Map<string, Problem & { pages: string[] }>();
  const report = (slug: string) => (what: string, page: string, passage?: string) => {
    const where = input.fileOf(slug);
    const key = `${where}\n${what}`;
    const known = problems.get(key);
    if (known) known.pages.push(page);
    else {
      const line = passage === undefined ? undefined : input.lineOf?.(where, passage);
      problems.set(key, { where, line, what, pages: [page] });
    }
  };
  const bySlug = new Map(input.sections.map((section) => [section.slug, section]));
  const found = containers(site);

  for (const container of found) {
    const section = bySlug.get(container.slug);
    const editorial = container.$(container.element).closest('[data-editorial]').length > 0;
    if (section) checkSourceSection(container, section, input, report(container.slug));
    else if (!editorial && !input.allowSynthetic) {
      report(container.slug)(
        `the section is not one of the source's (${[...bySlug.keys()].join(', ')}) and is not marked editorial`,
        container.page,
      );
    }
  }
  // Every source section on its own page and on /document/.
  for (const section of input.sections) {
    for (const page of [`/${sectionPath(section.slug)}`, '/document/']) {
      if (!found.some((c) => c.slug === section.slug && c.page === page)) {
        report(section.slug)(`the source section ${quote(section.heading)} is not published here`, page);
      }
    }
  }
  return [...problems.values()].map(({ where, line, what, pages }) => ({
    where,
    line,
    what: `${what} (on ${pages.join(' and ')})`,
  }));
}
