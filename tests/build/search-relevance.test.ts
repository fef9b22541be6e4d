import { beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../../tools/dist.ts';
import { openSiteSearch, useFileFetch } from '../../tools/pagefind-node.ts';
import {
  rankJudgedQueries,
  renamedIds,
  readJudgedQueries,
  readRanksBaseline,
  RANKS_BASELINE_FILE,
  shownFragments,
  type RankedQuery,
} from '../../tools/search-relevance.ts';
import { ROOT_BUILD, SECTIONS } from '../support/site.ts';

/**
 * The judged query set (tests/search-relevance/judged-queries.json) through
 * the site's own search over the built index. The bench reports recall and
 * MRR; this test holds the line: a query answered within the first three
 * links in the committed baseline must stay there.
 */
const judged = readJudgedQueries();
const baseline = readRanksBaseline();

useFileFetch();

describe('search relevance on the judged query set', () => {
  let ranked: RankedQuery[];

  beforeAll(async () => {
    const search = await openSiteSearch(ROOT_BUILD.dir, ROOT_BUILD.base);
    const renamed = await renamedIds(ROOT_BUILD.dir);
    ranked = await rankJudgedQueries(judged, async (query) => shownFragments(await search(query)), renamed);
  });

  it('has at least 100 distinct queries, each answered by ids that exist on the indexed pages', async () => {
    expect(judged.length).toBeGreaterThanOrEqual(100);
    expect(new Set(judged.map((q) => q.query)).size).toBe(judged.length);
    const ids = new Set<string>();
    for (const section of SECTIONS) {
      const $ = await readPage(section.path);
      $('main [id]').each((_, element) => void ids.add($(element).attr('id')!));
    }
    const unknown = judged.flatMap((q) => q.want.filter((id) => !ids.has(id)).map((id) => `${q.query}: #${id}`));
    expect(unknown).toEqual([]);
  });

  it(`has a baseline rank for every judged query and no other (${RANKS_BASELINE_FILE})`, () => {
    expect(Object.keys(baseline).sort()).toEqual(judged.map((q) => q.query).sort());
  });

  it('keeps every query that the baseline answers within the first three links there', () => {
    const dropped = ranked
      .filter(({ query, rank }) => {
        const before = baseline[query];
        return before !== null && before !== undefined && before <= 3 && (rank === null || rank > 3);
      })
      .map(({ query, rank }) => `“${query}”: rank ${baseline[query]} in the baseline, now ${rank ?? 'not shown'}`);
    expect(dropped).toEqual([]);
  });
});
