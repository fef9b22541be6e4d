import { describe, expect, it } from 'vitest';
import { budgets } from '../../../bench/budgets.ts';
import { checkBudgets, missedBudgets } from '../../../bench/lib/check-budgets.ts';
import type { PartFigures, ScalingPoint } from '../../../bench/lib/results.ts';
import { scalingResult } from '../../../bench/lib/scaling-points.ts';
import { bytes, samplePage as page } from './sample-figures.ts';
import { summarize } from '../../../bench/lib/stats.ts';

describe('checkBudgets', () => {
  it('passes a page within every budget', () => {
    const findings = checkBudgets({ pages: [page('/')] }, budgets);
    expect(findings.map((f) => [f.part, f.status])).toEqual([
      ['pages', 'pass'],
      ['pages', 'pass'],
      ['pages', 'pass'],
    ]);
  });

  it('names the page whose HTML + CSS exceeds 14 KB gzip, counting both', () => {
    const heavy = page('/practical-cooperation/', { html: bytes(12 * 1024), css: bytes(2 * 1024 + 1) });
    const missed = missedBudgets(checkBudgets({ pages: [page('/'), heavy] }, budgets));
    expect(missed).toEqual([
      expect.objectContaining({
        budget: 'section page HTML + CSS, gzip',
        subject: '/practical-cooperation/',
        actual: 14 * 1024 + 1,
      }),
    ]);
  });

  it('applies the 14 KB budget to section pages only, the JS budget to every page', () => {
    const search = page('/search/', { sectionPage: false, html: bytes(20_000), jsBeforeInteraction: bytes(2049) });
    const missed = missedBudgets(checkBudgets({ pages: [search] }, budgets));
    expect(missed.map((f) => f.budget)).toEqual(['JS before interaction, gzip']);
  });

  it('counts a third render-blocking request as a miss', () => {
    const missed = missedBudgets(checkBudgets({ pages: [page('/', { htmlCssRequests: 3 })] }, budgets));
    expect(missed.map((f) => f.budget)).toEqual(['section page HTML + CSS requests']);
  });

  it('checks cold and warm search medians separately', () => {
    const search: PartFigures['search'] = {
      status: 'measured',
      queries: ['a', 'b', 'c'],
      firstSearch: { query: 'a', bytes: bytes(90 * 1024), files: [] },
      firstSearchGzip: summarize([90 * 1024]),
      cold: summarize([50, 90, 150]),
      coldSearchPage: summarize([60, 80, 300]),
      warm: summarize([10, 40, 50]),
      warmBytesPerQuery: summarize([0]),
    };
    const missed = missedBudgets(checkBudgets({ search }, budgets));
    expect(missed.map((f) => [f.budget, f.actual])).toEqual([['keystroke to results, warm (median)', 40]]);
    const slowSearchPage = { ...search, coldSearchPage: summarize([110, 120, 130]) };
    expect(missedBudgets(checkBudgets({ search: slowSearchPage }, budgets)).map((f) => f.subject)).toEqual([
      '/search/, 3 fresh pages',
      '/search/, 3 queries',
    ]);
  });

  it('treats a search that could not be measured as missed, not passed', () => {
    const findings = checkBudgets({ search: { status: 'not measured', reason: 'search UI not built' } }, budgets);
    expect(findings).toHaveLength(3);
    expect(findings.every((f) => f.status === 'unmeasured' && f.note === 'search UI not built')).toBe(true);
    expect(missedBudgets(findings)).toHaveLength(3);
  });

  it('holds the site search to the relevance floors and names each one missed', () => {
    const figures = (recallAt1: number, recallAt3: number, meanReciprocalRank: number) => ({
      queries: 120,
      recallAt1,
      recallAt3,
      meanReciprocalRank,
    });
    const { recallAt1, recallAt3, meanReciprocalRank } = budgets.relevance;
    const relevance: PartFigures['relevance'] = {
      siteSearch: figures(recallAt1, recallAt3 - 0.01, meanReciprocalRank),
      // Pagefind alone is a reference, never held to the budgets.
      pagefindAlone: figures(0, 0, 0),
      byKind: {},
      ranks: [],
    };
    const findings = checkBudgets({ relevance }, budgets);
    expect(findings.map((f) => [f.budget, f.status])).toEqual([
      ['relevance: recall@1', 'pass'],
      ['relevance: recall@3', 'fail'],
      ['relevance: mean reciprocal rank', 'pass'],
    ]);
    expect(findings[1]!.subject).toBe('120 judged queries, site search');
  });

  it('holds search on the synthetic site of 1,000 sections to its own budgets, and other sizes to none', () => {
    const point = (sections: number, firstSearchGzipBytes: number, warmMedianMs: number): ScalingPoint => ({
      sections,
      pages: sections + 3,
      buildMs: 1000,
      indexMs: 100,
      indexBytes: 1,
      indexFiles: 1,
      bundleBytes: 1,
      searchDataBytes: 1,
      largestVocabularyPartBytes: 1,
      firstSearchGzipBytes,
      bytesPerQueryGzip: 1,
      coldMedianMs: 1,
      warmMedianMs,
    });
    const scaling = (points: ScalingPoint[]) => scalingResult(points);
    const findings = checkBudgets(
      { scaling: scaling([point(10, 200 * 1024, 99), point(1000, 111 * 1024, 40), point(10000, 500 * 1024, 999)]) },
      budgets,
    );
    expect(findings.map((f) => [f.budget, f.subject, f.status])).toEqual([
      ['first search at scale, gzip (median)', '1,000 synthetic sections', 'fail'],
      ['keystroke to results at scale, warm (median)', '1,000 synthetic sections', 'pass'],
    ]);
    expect(checkBudgets({ scaling: scaling([point(10, 1, 1), point(100, 1, 1)]) }, budgets)).toEqual([]);
    const unmeasured = checkBudgets({ scaling: scaling([point(1000, Number.NaN, Number.NaN)]) }, budgets);
    expect(unmeasured.map((f) => f.status)).toEqual(['unmeasured', 'unmeasured']);
  });

  it('wants 100 in every Lighthouse category', () => {
    const scores = { performance: 100, accessibility: 100, 'best-practices': 96, seo: 100 };
    const lighthouse = [
      {
        lighthouseVersion: '13.5.0',
        path: '/',
        formFactor: 'mobile' as const,
        scores,
        lcpMs: 900,
        tbtMs: 0,
        cls: 0,
        failedAudits: [],
      },
    ];
    const missed = missedBudgets(checkBudgets({ lighthouse }, budgets));
    expect(missed.map((f) => `${f.budget} ${f.subject}`)).toEqual(['Lighthouse best-practices / (mobile)']);
  });

  it('checks nothing for parts that did not run', () => {
    expect(checkBudgets({}, budgets)).toEqual([]);
  });
});
