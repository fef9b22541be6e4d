/**
 * Search relevance on the judged query set, in Node against the bench
 * build's index: through the site's own query path (src/search/run.ts, as
 * the browser runs it) and, for comparison, through Pagefind alone.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openBuiltIndex, openSiteSearch, readFileUrlsOnFetch } from '../../tools/pagefind-node.ts';
import { projectRoot } from '../../tools/paths.ts';
import {
  pagefindAloneFragments,
  rankJudgedQueries,
  renamedIds,
  RANKS_BASELINE_FILE,
  ranksBaselineText,
  readJudgedQueries,
  relevanceFigures,
  shownFragments,
  type RankedQuery,
} from '../../tools/search-relevance.ts';
import type { RelevanceResult } from '../lib/results.ts';

function byKind(ranked: readonly RankedQuery[]): RelevanceResult['byKind'] {
  const kinds = [...new Set(ranked.map((r) => r.kind))];
  return Object.fromEntries(
    kinds.map((kind) => [kind, relevanceFigures(ranked.filter((r) => r.kind === kind).map((r) => r.rank))]),
  );
}

export async function measureRelevance(
  dist: string,
  recordRanks: boolean,
  log: (line: string) => void,
): Promise<RelevanceResult> {
  const restoreFetch = readFileUrlsOnFetch();
  try {
    const judged = readJudgedQueries();
    const search = await openSiteSearch(dist, '/');
    const pagefind = await openBuiltIndex(dist, '/');
    const renamed = await renamedIds(dist);
    const ranks = await rankJudgedQueries(judged, async (query) => shownFragments(await search(query)), renamed);
    const alone = await rankJudgedQueries(judged, (query) => pagefindAloneFragments(pagefind, query), renamed);
    if (recordRanks) {
      await writeFile(join(projectRoot, RANKS_BASELINE_FILE), ranksBaselineText(ranks));
      log(`  wrote the rank of ${ranks.length} queries to ${RANKS_BASELINE_FILE}`);
    }
    return {
      siteSearch: relevanceFigures(ranks.map((r) => r.rank)),
      pagefindAlone: relevanceFigures(alone.map((r) => r.rank)),
      byKind: byKind(ranks),
      ranks: ranks.map((r, i) => ({ ...r, pagefindAloneRank: alone[i]!.rank })),
    };
  } finally {
    restoreFetch();
  }
}
