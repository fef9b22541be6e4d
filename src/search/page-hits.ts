import { markedWords } from './excerpt.ts';
import type { PagefindResultData } from './pagefind-api.ts';
import { rankPages } from './part-ranking.ts';
import type { PreparedQuery } from './query-terms.ts';
import type { PageHit } from './run.ts';
import { isHighlightForm } from './term-matches.ts';
import { highlightTerms, withHighlight } from './url.ts';

/**
 * The results as the UI shows them: the pages in rank order, each with its
 * best parts, and links that carry the words to highlight on the landing
 * page: the searched words and the forms of them the excerpts mark.
 */
export function pageHits(
  pages: readonly PagefindResultData[],
  prepared: PreparedQuery,
  partsPerPage: number,
): PageHit[] {
  const queryTerms = highlightTerms(prepared.terms.map((term) => term.text));
  return rankPages(pages, prepared.terms).map(({ page, parts }): PageHit => {
    const title = page.meta['title'] ?? page.url;
    const shown = parts.slice(0, partsPerPage);
    const marked = [page, ...shown].flatMap((hit) => markedWords(hit.excerpt));
    const terms = highlightTerms([...queryTerms, ...marked.filter((word) => isHighlightForm(word, prepared.terms))]);
    return {
      title,
      section: page.filters?.['section']?.[0] ?? title,
      editorial: page.filters?.['kind']?.[0] === 'editorial',
      url: page.url,
      href: withHighlight(page.url, terms),
      excerpt: page.excerpt,
      parts: shown.map((part) => ({
        title: part.title,
        url: part.url,
        href: withHighlight(part.url, terms),
        excerpt: part.excerpt,
      })),
    };
  });
}
