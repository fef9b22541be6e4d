/**
 * The order of results. Pagefind ranks pages, and lists each page's parts
 * (headings, paragraphs, timeline events) in page order, including parts
 * that matched a single word of several. Here a page's parts are ranked by
 * how many of the searched words each holds, and pages by their best part,
 * the source's own text before the editorial timeline, which restates it.
 * Ties keep Pagefind's order: its ranking of pages, and the page's own order
 * of parts, which puts a paragraph that introduces a name before one that
 * repeats it.
 * A part or page whose matches are none of the searched words (Pagefind
 * falling back to a shorter word) is dropped.
 */
import type { PagefindResultData } from './pagefind-api.ts';
import type { QueryTerm } from './query-terms.ts';
import { pageWords, termsMatchedAt } from './term-matches.ts';

type Part = PagefindResultData['sub_results'][number];

export interface RankedPage {
  page: PagefindResultData;
  /** The page's parts with an anchor that matched, best first. */
  parts: Part[];
}

interface Scored<T> {
  item: T;
  /** How many searched words it holds. */
  words: number;
  order: number;
}

const byRank = <T>(a: Scored<T>, b: Scored<T>) => b.words - a.words || a.order - b.order;

function scoredParts(page: PagefindResultData, terms: readonly QueryTerm[]): Scored<Part>[] {
  const words = pageWords(page.content);
  return page.sub_results
    .filter((part) => part.anchor !== undefined)
    .map((part, order) => ({
      item: part,
      words: termsMatchedAt(words, part.locations, terms).size,
      order,
    }))
    .filter((part) => part.words > 0)
    .sort(byRank);
}

export function rankPages(pages: readonly PagefindResultData[], terms: readonly QueryTerm[]): RankedPage[] {
  const scored = pages.flatMap((page, order) => {
    const words = termsMatchedAt(pageWords(page.content), page.locations, terms).size;
    if (words === 0) return [];
    const parts = scoredParts(page, terms);
    const best = parts[0];
    return [{ item: { page, parts: parts.map((part) => part.item) }, words: best?.words ?? 0, order }];
  });
  const editorial = (ranked: Scored<RankedPage>) => Number(ranked.item.page.filters?.['kind']?.[0] === 'editorial');
  return scored.sort((a, b) => editorial(a) - editorial(b) || byRank(a, b)).map((ranked) => ranked.item);
}
