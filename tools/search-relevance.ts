/**
 * Search relevance on the judged query set (tests/search-relevance/): each
 * query a reader might type, with the paragraphs, headings or timeline events
 * that answer it. A query's rank is the position of the first answer among
 * the links the results show, in the order a reader meets them: the pages in
 * order, and under each page its matching parts. Shared by the build test
 * that guards the top 3 and by the bench that reports recall and MRR.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSiteFiles } from '../build/verify/site-files.ts';
import type { PagefindApi } from '../src/search/run.ts';
import { projectRoot } from './paths.ts';

export const JUDGED_QUERIES_FILE = 'tests/search-relevance/judged-queries.json';
export const RANKS_BASELINE_FILE = 'tests/search-relevance/ranks-baseline.json';

export interface JudgedQuery {
  query: string;
  /** What kind of query it is: name, place, misspelling, question … */
  kind: string;
  /** Ids on the site's pages that answer it, the best first; any of them counts. */
  want: string[];
  /** Why these answer it. */
  note: string;
}

/** A query's rank: 1 for the first link shown, null when no shown link answers it. */
export interface RankedQuery {
  query: string;
  kind: string;
  rank: number | null;
}

export interface RelevanceFigures {
  queries: number;
  /** Share of queries answered by the first link, 0–1. */
  recallAt1: number;
  /** Share of queries answered within the first three links, 0–1. */
  recallAt3: number;
  /** Mean of 1/rank, counting 0 for a query no shown link answers. */
  meanReciprocalRank: number;
}

function isJudgedQuery(value: unknown): value is JudgedQuery {
  const q = value as Partial<JudgedQuery> | null;
  return (
    typeof q === 'object' &&
    q !== null &&
    typeof q.query === 'string' &&
    q.query.trim() !== '' &&
    typeof q.kind === 'string' &&
    typeof q.note === 'string' &&
    Array.isArray(q.want) &&
    q.want.length > 0 &&
    q.want.every((id) => typeof id === 'string' && id !== '')
  );
}

export function readJudgedQueries(root = projectRoot): JudgedQuery[] {
  const data = JSON.parse(readFileSync(join(root, JUDGED_QUERIES_FILE), 'utf8')) as { queries?: unknown };
  if (!Array.isArray(data.queries)) throw new Error(`${JUDGED_QUERIES_FILE} has no "queries" list`);
  data.queries.forEach((query, i) => {
    if (!isJudgedQuery(query))
      throw new Error(`${JUDGED_QUERIES_FILE}: queries[${i}] needs query, kind, note and a non-empty want list`);
  });
  return data.queries as JudgedQuery[];
}

/** The committed rank of every judged query (null: not answered by any shown link). */
export function readRanksBaseline(root = projectRoot): Record<string, number | null> {
  return (JSON.parse(readFileSync(join(root, RANKS_BASELINE_FILE), 'utf8')) as { ranks: Record<string, number | null> })
    .ranks;
}

/** The baseline file's text for these ranks. */
export function ranksBaselineText(ranked: readonly RankedQuery[]): string {
  const about =
    'The rank of each judged query through the site’s search when it was last recorded (null: no link shown answers it). ' +
    'The build tests fail when a query ranked 1 to 3 here drops below 3. Recorded by `npm run bench -- --only=relevance --record-ranks`.';
  return `${JSON.stringify({ about, ranks: Object.fromEntries(ranked.map((r) => [r.query, r.rank])) }, null, 2)}\n`;
}

/** The #fragment of every link the results show, in reading order ('' for a page link without one). */
export function shownFragments(outcome: {
  pages: readonly { url: string; parts: readonly { url: string }[] }[];
}): string[] {
  const fragment = (url: string) => (url.includes('#') ? decodeURIComponent(url.slice(url.indexOf('#') + 1)) : '');
  return outcome.pages.flatMap((page) =>
    page.parts.length > 0 ? page.parts.map((part) => fragment(part.url)) : [fragment(page.url)],
  );
}

/** 1-based position of the first shown link that answers, or null. */
export function rankOf(fragments: readonly string[], want: readonly string[]): number | null {
  const at = fragments.findIndex((fragment) => want.includes(fragment));
  return at === -1 ? null : at + 1;
}

export function relevanceFigures(ranks: readonly (number | null)[]): RelevanceFigures {
  const n = ranks.length;
  const share = (k: number) => (n === 0 ? 0 : ranks.filter((rank) => rank !== null && rank <= k).length / n);
  return {
    queries: n,
    recallAt1: share(1),
    recallAt3: share(3),
    meanReciprocalRank: n === 0 ? 0 : ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / n,
  };
}

/**
 * Ids the built site keeps only as aliases (an entry renamed), with the id
 * they now lead to: a judgement names a part, and the part keeps its old id
 * as an alias, so the judgement stands as written.
 */
export async function renamedIds(dist: string): Promise<Map<string, string>> {
  const renamed = new Map<string, string>();
  for (const $ of (await readSiteFiles(dist)).pages.values()) {
    $('[data-heading-alias][id]').each((_, element) => {
      renamed.set($(element).attr('id')!, $(element).attr('data-heading-alias')!);
    });
  }
  return renamed;
}

/** Every judged query searched in turn (one at a time, as a reader would) and ranked. */
export async function rankJudgedQueries(
  judged: readonly JudgedQuery[],
  shown: (query: string) => Promise<string[]>,
  renamed: ReadonlyMap<string, string> = new Map(),
): Promise<RankedQuery[]> {
  const ranked: RankedQuery[] = [];
  for (const { query, kind, want } of judged) {
    const current = want.map((id) => renamed.get(id) ?? id);
    ranked.push({ query, kind, rank: rankOf(await shown(query), current) });
  }
  return ranked;
}

/**
 * What Pagefind alone shows for the query as typed, with the site's display
 * limits (ten pages, five parts each) but none of its own steps: no aliases,
 * no close spellings, Pagefind's order of pages and of their parts.
 */
export async function pagefindAloneFragments(pagefind: PagefindApi, query: string): Promise<string[]> {
  const search = await pagefind.search(query);
  const pages = await Promise.all((search?.results ?? []).slice(0, 10).map((result) => result.data()));
  return shownFragments({
    pages: pages.map((page) => ({
      url: page.url,
      parts: page.sub_results.filter((part) => part.anchor !== undefined).slice(0, 5),
    })),
  });
}
