import { describe, expect, it } from 'vitest';
import { budgets } from '../../../bench/budgets.ts';
import { mergeResults } from '../../../bench/lib/merge-results.ts';
import { BUSY_WARNING, partsReport, resultsMarkdown } from '../../../bench/lib/report.ts';
import { sampleBuild as build, samplePage, sampleRun as run } from './sample-figures.ts';

const home = samplePage('/');

const FIRST = '2026-12-01T10:00:00.000Z';
const SECOND = '2026-12-02T09:30:00.000Z';
const first = mergeResults(
  undefined,
  {
    meta: run(FIRST, ['pages', 'build']),
    parts: {
      pages: { run: FIRST, loadAverage: [0.4, 0.6], seconds: 11, figures: [home] },
      build: { run: FIRST, loadAverage: [3.1, 2.5], seconds: 30, figures: build },
    },
  },
  budgets,
);
const second = mergeResults(
  first,
  {
    meta: run(SECOND, ['pages'], true),
    parts: { pages: { run: SECOND, loadAverage: [0.2, 0.3], seconds: 9, figures: [home] } },
  },
  budgets,
);

describe('resultsMarkdown', () => {
  const markdown = resultsMarkdown(second);

  it('heads each part with the run it came from', () => {
    expect(markdown).toContain(
      '## Page weight\n\nFrom the run of 2026-12-02 09:30 UTC (--quick): 9 s, load average 0.2 → 0.3 on 2 CPUs.',
    );
    expect(markdown).toContain('## Build time\n\nFrom the run of 2026-12-01 10:00 UTC: 30 s');
  });

  it('lists both runs, newest first', () => {
    const runs = markdown.split('## Runs')[1]!.split('## Budgets')[0]!;
    expect(runs.indexOf('2026-12-02 09:30 UTC')).toBeGreaterThan(0);
    expect(runs.indexOf('2026-12-02 09:30 UTC')).toBeLessThan(runs.indexOf('2026-12-01 10:00 UTC'));
  });

  it('warns on a part measured while the machine was busier than its CPUs', () => {
    const build = markdown.split('## Build time')[1]!;
    expect(build).toContain(BUSY_WARNING);
    expect(markdown.split('## Page weight')[1]!.split('## Build time')[0]).not.toContain(BUSY_WARNING);
  });

  it('shows a failed part with its error instead of figures', () => {
    const failed = mergeResults(
      second,
      {
        meta: run('2026-12-03T08:00:00.000Z', ['build']),
        parts: { build: { run: '2026-12-03T08:00:00.000Z', loadAverage: [1, 1], seconds: 2, error: 'exit 1' } },
      },
      budgets,
    );
    expect(resultsMarkdown(failed).split('## Build time')[1]).toContain('**Failed:** exit 1');
  });
});

describe('partsReport', () => {
  it('prints only the parts run and the budgets they are held to', () => {
    const report = partsReport(second, ['pages']);
    expect(report).toContain('## Page weight');
    expect(report).not.toContain('## Build time');
    expect(report).toContain('All 3 budget checks pass.');
  });
});
