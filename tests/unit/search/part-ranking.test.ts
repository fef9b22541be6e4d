import { describe, expect, it } from 'vitest';
import { rankPages } from '../../../src/search/part-ranking.ts';
import { prepareQuery } from '../../../src/search/query-terms.ts';
import type { PagefindResultData } from '../../../src/search/run.ts';

/** A page whose parts are the given texts, each at its own anchor, matched where the words are. */
function page(url: string, parts: string[], matched: string[], kind = 'source'): PagefindResultData {
  const words: string[] = [];
  const subResults = parts.map((text, i) => {
    const start = words.length;
    words.push(...text.split(' '));
    const locations = words
      .map((word, at) => (at >= start && matched.includes(word.toLowerCase()) ? at : -1))
      .filter((at) => at >= 0);
    return {
      title: `Part ${i + 1}`,
      url: `${url}#p${i + 1}`,
      excerpt: text,
      anchor: { id: `p${i + 1}` },
      locations,
      weighted_locations: locations.map((location) => ({ balanced_score: 1, location })),
    };
  });
  return {
    url,
    excerpt: '',
    content: words.join(' '),
    locations: subResults.flatMap((part) => part.locations),
    meta: { title: url },
    filters: { kind: [kind] },
    sub_results: subResults,
  };
}

const partUrls = (ranked: ReturnType<typeof rankPages>) => ranked.flatMap((r) => r.parts.map((part) => part.url));

describe('rankPages', () => {
  const terms = prepareQuery('Science Peace Security').terms;
  const matched = ['science', 'peace', 'security'];

  it('puts the part holding the most searched words first, then keeps the page’s order', () => {
    const overview = page('/', ['peace here', 'security and peace', 'Science for Peace and Security'], matched);
    expect(partUrls(rankPages([overview], terms))).toEqual(['/#p3', '/#p2', '/#p1']);
  });

  it('ranks pages by their best part, the editorial timeline last', () => {
    const timeline = page('/timeline/', ['Science Peace Security'], matched, 'editorial');
    const dialogue = page('/dialogue/', ['peace and security'], matched);
    const overview = page('/', ['Science for Peace and Security'], matched);
    expect(rankPages([timeline, dialogue, overview], terms).map((r) => r.page.url)).toEqual([
      '/',
      '/dialogue/',
      '/timeline/',
    ]);
  });

  it('drops parts and pages whose matches are none of the searched words', () => {
    const fallback = page('/a/', ['an editorial addition'], ['an']);
    const real = page('/b/', ['the ANA', 'an ANA'], ['ana']);
    const ranked = rankPages([fallback, real], prepareQuery('ANA').terms);
    expect(ranked.map((r) => r.page.url)).toEqual(['/b/']);
    expect(partUrls(ranked)).toEqual(['/b/#p1', '/b/#p2']);
  });
});
