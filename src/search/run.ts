import { expandAliases, foldWord, type AliasReplacement, type AliasRule } from './aliases.ts';
import { closestWord, nearestWords } from './close-spellings.ts';
import { pageHits } from './page-hits.ts';
import type { PagefindApi, PagefindResultData, PagefindSearch } from './pagefind-api.ts';
import { boundQuery } from './query-bounds.ts';
import { prepareQuery, type QueryTerm } from './query-terms.ts';
import { pageWords, termsMatchedAt } from './term-matches.ts';
import { vocabularyPart, type ReadVocabulary, type VocabularyWord } from './vocabulary.ts';

export type { PagefindApi, PagefindResultData } from './pagefind-api.ts';

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
  /** Headings, paragraphs and timeline events of the page that matched, best first. */
  parts: SearchHit[];
}

/** A word that matched nothing, and the word of the text searched instead. */
export interface SpellingCorrection {
  typed: string;
  word: string;
}

export interface SearchOutcome {
  /** What the reader typed, cut to the length search reads. */
  typed: string;
  /** The typed words that were searched, corrections in place: what the reader is shown results for. */
  corrected: string;
  /** What was searched: the corrected words with aliases rewritten to the source's wording. */
  searched: string;
  replacements: AliasReplacement[];
  corrections: SpellingCorrection[];
  /** Words that matched nothing and have no close spelling: searched without them. */
  notFound: string[];
  /** When nothing matched: words of the text close to those that matched nothing. */
  nearestWords: string[];
  /** The query was longer than search reads, and only its start was searched. */
  shortened: boolean;
  /** Pages that matched; `pages` holds at most `limit` of them. */
  total: number;
  pages: PageHit[];
}

export interface SearchOptions {
  /** Most pages to load and show. */
  limit?: number;
  /** Only this section (the page's "section" filter). */
  section?: string | undefined;
  /** Most headings or paragraphs shown per page. */
  partsPerPage?: number;
  /** Search the words as typed: no close spellings for words that match nothing. */
  asTyped?: boolean;
  /**
   * True once the reader has typed on: the search stops before loading the
   * results, which nobody will see. Its outcome is then empty.
   */
  stale?: () => boolean;
}

/** What a search runs on: the index, the editorial aliases and the vocabulary for close spellings. */
export interface SearchContext {
  pagefind: PagefindApi;
  aliases: readonly AliasRule[];
  vocabulary: ReadVocabulary;
}

interface Found {
  search: PagefindSearch | null;
  pages: PagefindResultData[];
}

type Filters = { filters?: Record<string, string> };

async function find(
  pagefind: PagefindApi,
  query: string,
  filters: Filters,
  limit: number,
  stale: () => boolean,
): Promise<Found> {
  const search = await pagefind.search(query, filters);
  if (stale()) return { search: null, pages: [] };
  const pages = await Promise.all((search?.results ?? []).slice(0, limit).map((result) => result.data()));
  return { search, pages };
}

const asked = (term: QueryTerm) => (term.exact ? `"${term.text}"` : term.text);

/**
 * The terms that matched nothing in the whole text. Pagefind returns only
 * pages holding every word it found, so the first page shows which words
 * matched; with no page at all, each word is tried alone, in every section.
 */
async function unmatchedTerms(pagefind: PagefindApi, terms: readonly QueryTerm[], found: Found): Promise<QueryTerm[]> {
  const first = found.pages[0];
  if (first) {
    const matched = termsMatchedAt(pageWords(first.content), first.locations, terms);
    return terms.filter((_, i) => !matched.has(i));
  }
  const alone = await Promise.all(
    terms.map(async (term) => {
      const page = await (await pagefind.search(asked(term)))?.results[0]?.data();
      return page !== undefined && termsMatchedAt(pageWords(page.content), page.locations, [term]).size === 1;
    }),
  );
  return terms.filter((_, i) => !alone[i]);
}

/** The vocabulary parts these words need, each read once. */
async function vocabularyFor(
  read: ReadVocabulary,
  terms: readonly QueryTerm[],
): Promise<Map<string, readonly VocabularyWord[]>> {
  const parts = [...new Set(terms.map((term) => vocabularyPart(term.key)))];
  const words = await Promise.all(parts.map(read));
  return new Map(parts.map((part, i) => [part, words[i]!]));
}

/** The typed query with each corrected word replaced, the punctuation around it and the spacing kept. */
function withCorrections(typed: string, corrections: readonly SpellingCorrection[]): string {
  return typed
    .split(/(\s+)/)
    .map((token) => {
      const fix = corrections.find((c) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') === c.typed);
      return fix ? token.replace(fix.typed, fix.word) : token;
    })
    .join('');
}

/**
 * Runs a reader's query the way every search UI of the site does:
 * 1. the query is cut to the length search reads, and aliases are rewritten
 *    to the source's wording;
 * 2. stop words are left out and abbreviations asked for as exact words
 *    (./query-terms.ts), and Pagefind searches;
 * 3. a word that matched nothing is replaced by the closest word of the text
 *    (./close-spellings.ts), unless `asTyped`; a word with no close spelling
 *    is left out, and when nothing matches at all, the nearest words are
 *    offered instead;
 * 4. each page's parts are ranked by how many of the words they hold, and
 *    pages by their best part, the source's own text before the editorial
 *    timeline (./part-ranking.ts); results link to their parts with the
 *    words to highlight.
 */
export async function searchDocument(
  { pagefind, aliases, vocabulary }: SearchContext,
  input: string,
  { limit = 10, section, partsPerPage = 5, asTyped = false, stale = () => false }: SearchOptions = {},
): Promise<SearchOutcome> {
  const { text: typed, shortened } = boundQuery(input);
  const { query, replacements } = expandAliases(typed, aliases);
  const outcome: SearchOutcome = {
    typed,
    corrected: typed,
    searched: query,
    replacements,
    corrections: [],
    notFound: [],
    nearestWords: [],
    shortened,
    total: 0,
    pages: [],
  };
  let prepared = prepareQuery(query);
  if (prepared.terms.length === 0) return outcome;
  const filters: Filters = section ? { filters: { section } } : {};
  let found = await find(pagefind, prepared.pagefindQuery, filters, limit, stale);
  if (stale()) return outcome;

  const unmatched = prepared.phrase ? [] : await unmatchedTerms(pagefind, prepared.terms, found);
  if (unmatched.length > 0) {
    const words = await vocabularyFor(vocabulary, unmatched);
    const wordsFor = (term: QueryTerm) => words.get(vocabularyPart(term.key)) ?? [];
    const replaced = new Map<QueryTerm, string | undefined>(
      unmatched.map((term) => [term, asTyped ? undefined : closestWord(term.text, wordsFor(term))]),
    );
    outcome.corrections = unmatched.flatMap((term) => {
      const word = replaced.get(term);
      return word ? [{ typed: term.text, word }] : [];
    });
    outcome.notFound = unmatched.filter((term) => !replaced.get(term)).map((term) => term.text);
    outcome.corrected = withCorrections(typed, outcome.corrections);
    outcome.searched = withCorrections(query, outcome.corrections);
    const terms = prepared.terms.flatMap((term) => {
      if (!replaced.has(term)) return [term];
      const word = replaced.get(term);
      return word ? [{ text: word, key: foldWord(word), exact: false }] : [];
    });
    prepared = { ...prepared, terms, pagefindQuery: terms.map(asked).join(' ') };
    found =
      terms.length > 0 && !stale()
        ? await find(pagefind, prepared.pagefindQuery, filters, limit, stale)
        : { search: null, pages: [] };
    if (found.pages.length === 0) {
      const near = unmatched.flatMap((term) => nearestWords(term.text, wordsFor(term)));
      outcome.nearestWords = [...new Set(near)].slice(0, 5);
    }
  }

  const pages = pageHits(found.pages, prepared, partsPerPage);
  return {
    ...outcome,
    total: (found.search?.results.length ?? 0) - (found.pages.length - pages.length),
    pages,
  };
}
