import { describe, expect, it } from 'vitest';
import { budgets } from '../../../bench/budgets.ts';
import { isResultsFile, mergeResults } from '../../../bench/lib/merge-results.ts';
import type { PartEntries } from '../../../bench/lib/results.ts';
import { bytes, sampleBuild as build, samplePage, sampleRun as run } from './sample-figures.ts';

const page = (htmlGzip: number) => samplePage('/', { html: bytes(htmlGzip) });

const entry = <T>(date: string, figures: T) => ({
  run: date,
  loadAverage: [0.5, 0.6] as [number, number],
  seconds: 12,
  figures,
});

const FIRST = '2026-12-01T10:00:00.000Z';
const SECOND = '2026-12-02T10:00:00.000Z';
const full = mergeResults(
  undefined,
  {
    meta: run(FIRST, ['pages', 'build']),
    parts: { pages: entry(FIRST, [page(4000)]), build: entry(FIRST, build) },
  },
  budgets,
);

describe('mergeResults', () => {
  it('a run of one part replaces that part and keeps the others, each naming its run', () => {
    const merged = mergeResults(
      full,
      { meta: run(SECOND, ['pages']), parts: { pages: entry(SECOND, [page(5000)]) } },
      budgets,
    );
    expect(merged.parts.pages).toMatchObject({ run: SECOND, figures: [{ html: { gzip: 5000 } }] });
    expect(merged.parts.build).toMatchObject({ run: FIRST, figures: { medianMs: 9000 } });
    expect(merged.runs.map((meta) => meta.date)).toEqual([SECOND, FIRST]);
  });

  it('forgets a run once none of its parts is left', () => {
    const parts: PartEntries = { pages: entry(SECOND, [page(5000)]), build: entry(SECOND, build) };
    const merged = mergeResults(full, { meta: run(SECOND, ['pages', 'build']), parts }, budgets);
    expect(merged.runs.map((meta) => meta.date)).toEqual([SECOND]);
  });

  it('checks the budgets over the merged figures, so kept parts are still held to them', () => {
    const merged = mergeResults(
      full,
      { meta: run(SECOND, ['build']), parts: { build: entry(SECOND, build) } },
      budgets,
    );
    expect(merged.budgets).toHaveLength(3);
    expect(merged.budgets.every((finding) => finding.part === 'pages' && finding.status === 'pass')).toBe(true);
  });

  it('a part that failed drops its older figures and says why, instead of passing them off as current', () => {
    const failed = { run: SECOND, loadAverage: [1, 1] as [number, number], seconds: 3, error: 'Chromium crashed' };
    const merged = mergeResults(full, { meta: run(SECOND, ['pages']), parts: { pages: failed } }, budgets);
    expect(merged.parts.pages).toEqual(failed);
    expect(merged.budgets).toEqual([]);
  });
});

describe('isResultsFile', () => {
  it('accepts what mergeResults writes, after a trip through JSON', () => {
    expect(isResultsFile(JSON.parse(JSON.stringify(full)))).toBe(true);
  });
  it('refuses the older format that kept every part at the top level', () => {
    expect(isResultsFile({ meta: { date: FIRST }, pages: [] })).toBe(false);
    expect(isResultsFile({ runs: [], parts: { speed: {} } })).toBe(false);
  });
});
