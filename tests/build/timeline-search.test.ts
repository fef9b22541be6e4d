import { beforeAll, describe, expect, it } from 'vitest';
import type { PagefindResultData } from '../../src/search/run.ts';
import { openBuiltIndex, useFileFetch, type BuiltPagefind } from '../../tools/pagefind-node.ts';
import { BUILDS } from '../support/site.ts';

/**
 * Timeline events in the built Pagefind index, searched in Node with the real
 * pagefind.js: each event is a sub-result of /timeline/ at its own anchor, and
 * the year is a filter. Node's fetch cannot read file: URLs, so it is stubbed
 * for those alone.
 */
useFileFetch();

type Pagefind = BuiltPagefind;

async function timelineHit(
  pagefind: Pagefind,
  query: string,
  base: string,
  filters: Record<string, string> = {},
): Promise<PagefindResultData | undefined> {
  const search = await pagefind.search(query, { filters });
  const pages = await Promise.all((search?.results ?? []).map((result) => result.data()));
  return pages.find((page) => page.url === `${base}timeline/`);
}

describe.each(BUILDS)('timeline events in the search index $name', ({ dir, base }) => {
  let pagefind: Pagefind;

  beforeAll(async () => {
    pagefind = await openBuiltIndex(dir, base);
  });

  it.each([
    [
      'Brengelmann',
      'event-2012-11-staff-talks-seoul',
      'November 2012: Fifth round of annual high-level staff talks in Seoul',
    ],
    [
      'Lisbon',
      'event-2010-strategic-concept-lisbon',
      '2010: The Alliance’s Strategic Concept adopted at the Lisbon Summit',
    ],
    ['escorts', 'undated-horn-of-africa-escorts', 'Undated: Naval escorts off the Horn of Africa'],
  ])('finds "%s" as its own sub-result at #%s', async (query, anchor, title) => {
    const hit = await timelineHit(pagefind, query, base);
    expect(hit, query).toBeDefined();
    expect(hit!.sub_results).toContainEqual(expect.objectContaining({ url: `${base}timeline/#${anchor}`, title }));
  });

  it('offers the years of the timeline as a filter', async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters['year'] ?? {}).sort()).toEqual(['2005', '2010', '2011', '2012', '2013', '2016']);
  });

  it('narrows to a year with the filter', async () => {
    expect(await timelineHit(pagefind, 'Secretary', base, { year: '2013' })).toBeDefined();
    expect(await timelineHit(pagefind, 'Secretary', base, { year: '1999' })).toBeUndefined();
  });
});
