import { expandAliases, type AliasReplacement, type SearchAlias } from './aliases.ts';
import { markedWords } from './excerpt.ts';
import { isFormOf } from './highlight.ts';
import { highlightTerms, withHighlight } from './url.ts';

/** The part of Pagefind's browser API this site uses (pagefind.js, version 1.6). */
export interface PagefindApi {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}
export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters?: Record<string, Record<string, number>>;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results: { title: string; url: string; excerpt: string; anchor?: { id: string } }[];
}

export interface SearchHit {
  title: string;
  /** Where the match is, e.g. /practical-cooperation/#practical-cooperation-1 */
  url: string;
  /** The same with ?highlight= for the landing page. */
  href: string;
  /** Pagefind's excerpt: encoded text with <mark> around the matched words. */
  excerpt: string;
}

export interface PageHit extends SearchHit {
  section: string;
  /** An editorial page (the timeline) rather than the source's own text. */
  editorial: boolean;
  /** Headings, paragraphs and timeline events of the page that matched. */
  parts: SearchHit[];
}

export interface SearchOutcome {
  /** What the reader typed. */
  typed: string;
  /** What was searched: the typed words with aliases rewritten to the source's wording. */
  searched: string;
  replacements: AliasReplacement[];
  /** Pages that matched; `pages` holds at most `limit` of them. */
  total: number;
  pages: PageHit[];
  /** Matching pages per section, for the section filter. */
  sections: Record<string, number>;
}

export interface SearchOptions {
  /** Most pages to load and show. */
  limit?: number;
  /** Only this section (the page's "section" filter). */
  section?: string | undefined;
  /** Most headings or paragraphs shown per page. */
  partsPerPage?: number;
}

/**
 * Runs a reader's query the way every search UI of the site does: aliases
 * rewritten to the source's wording, then Pagefind, then results with their
 * matching parts and landing links that carry the words to highlight.
 */
export async function searchDocument(
  pagefind: PagefindApi,
  typed: string,
  aliases: readonly SearchAlias[],
  { limit = 10, section, partsPerPage = 5 }: SearchOptions = {},
): Promise<SearchOutcome> {
  const { query, replacements } = expandAliases(typed, aliases);
  const empty: SearchOutcome = { typed, searched: query, replacements, total: 0, pages: [], sections: {} };
  if (query.replace(/["\s]/g, '') === '') return empty;
  const search = await pagefind.search(query, section ? { filters: { section } } : {});
  if (!search) return empty;
  const data = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
  const queryTerms = highlightTerms([query]);
  const pages = data.map((page): PageHit => {
    const title = page.meta['title'] ?? page.url;
    const anchored = page.sub_results.filter((part) => part.anchor !== undefined).slice(0, partsPerPage);
    const marked = [page, ...anchored].flatMap((hit) => markedWords(hit.excerpt));
    const terms = highlightTerms([...queryTerms, ...marked.filter((word) => isFormOf(word, queryTerms))]);
    return {
      title,
      section: page.filters?.['section']?.[0] ?? title,
      editorial: page.filters?.['kind']?.[0] === 'editorial',
      url: page.url,
      href: withHighlight(page.url, terms),
      excerpt: page.excerpt,
      parts: anchored.map((part) => ({
        title: part.title,
        url: part.url,
        href: withHighlight(part.url, terms),
        excerpt: part.excerpt,
      })),
    };
  });
  return {
    typed,
    searched: query,
    replacements,
    total: search.results.length,
    // The source's own words first; the timeline restates them. Stable, so Pagefind's order holds within each.
    pages: [...pages].sort((a, b) => Number(a.editorial) - Number(b.editorial)),
    sections: search.filters?.['section'] ?? {},
  };
}
