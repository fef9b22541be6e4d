import { describe, expect, it } from 'vitest';
import { bestRun } from '../../../bench/lib/best-run.ts';
import type { LighthouseRun } from '../../../bench/lib/results.ts';

const run = (performance: number, tbtMs: number, lcpMs = 900): LighthouseRun => ({
  lighthouseVersion: '13.5.0',
  path: '/',
  formFactor: 'mobile',
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcpMs,
  tbtMs,
  cls: 0,
  failedAudits: performance < 100 ? ['performance: total-blocking-time'] : [],
});

describe('bestRun', () => {
  it('reports the run a busy machine disturbed least, and every score', () => {
    const best = bestRun([run(79, 898), run(100, 0), run(98, 160)]);
    expect(best).toMatchObject({
      scores: { performance: 100 },
      tbtMs: 0,
      failedAudits: [],
      performanceRuns: [79, 100, 98],
    });
  });
  it('breaks a tie on blocking time, then on LCP', () => {
    expect(bestRun([run(100, 40), run(100, 10, 1200), run(100, 10, 950)])).toMatchObject({ tbtMs: 10, lcpMs: 950 });
  });
  it('still fails a page that misses in every run', () => {
    expect(bestRun([run(91, 300), run(93, 250)]).scores.performance).toBe(93);
  });
});
