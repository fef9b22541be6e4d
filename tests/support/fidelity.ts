import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { headingId } from '../../src/source/ids.ts';
import { normalizeWhitespace, parseSourceText, sourceBlocks, splitSentences } from '../../src/source/source-text.ts';

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'aside',
  'figure',
  'figcaption',
  'blockquote',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'footer',
  'nav',
  'table',
  'tr',
  'td',
  'th',
  'br',
]);

/** Text as a reader sees it: inline markup joins words, block boundaries separate them. */
export function readableText(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (!('children' in node)) return '';
  const tag = 'name' in node ? node.name : '';
  if (tag === 'script' || tag === 'style' || tag === 'template') return '';
  const inner = node.children.map(readableText).join('');
  return BLOCK.has(tag) ? ` ${inner} ` : inner;
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

/** Which built page holds a source section: the first is the home page. */
export function pathForSourceSection(index: number, heading: string): string {
  return index === 0 ? '' : `${headingId(heading)}/`;
}

/**
 * Every way the built pages differ from the source text, as readable lines;
 * an empty list means the site carries the source verbatim.
 * - each source sentence appears exactly once inside <main> of its section's page;
 * - each source heading is a heading there;
 * - each paragraph in <main> not marked data-editorial is a paragraph of the source.
 */
export function fidelityProblems(sourceText: string, pages: ReadonlyMap<string, CheerioAPI>): string[] {
  const source = parseSourceText(sourceText);
  const problems: string[] = [];
  const blocks = new Set(sourceBlocks(sourceText).map((block) => block.replace(/^•\s*/, '')));

  source.sections.forEach((section, index) => {
    const path = pathForSourceSection(index, section.heading);
    const $ = pages.get(path);
    if (!$) {
      problems.push(`No page at /${path} for the source section "${section.heading}"`);
      return;
    }
    const main = $('main').get(0);
    if (!main) {
      problems.push(`/${path} has no <main>`);
      return;
    }
    const mainText = normalizeWhitespace(readableText(main));
    const headings = $('main :is(h1,h2,h3,h4,h5,h6)')
      .toArray()
      .map((h) => normalizeWhitespace(readableText(h)));
    if (!headings.includes(section.heading)) {
      problems.push(
        `/${path}: the source heading "${section.heading}" is not a heading (found: ${headings.join(' | ')})`,
      );
    }
    const sentences = section.paragraphs.flatMap(splitSentences);
    if (index === 0) sentences.push(`Last updated: ${source.lastUpdatedText}`);
    for (const sentence of sentences) {
      const count = occurrences(mainText, sentence);
      if (count !== 1) problems.push(`/${path}: expected once, found ${count} times: "${sentence}"`);
    }
    $('main p').each((_, p) => {
      const $p = $(p);
      if ($p.closest('[data-editorial]').length > 0) return;
      const copy = $p.clone();
      copy.find('[data-editorial]').remove();
      const text = normalizeWhitespace(readableText(copy.get(0)!));
      if (text !== '' && !blocks.has(text))
        problems.push(`/${path}: paragraph not in the source and not marked data-editorial: "${text}"`);
    });
  });
  return problems;
}
