import type { Part } from '../../../bench/lib/args.ts';
import type { BuildTimes, PageWeight, RunMeta } from '../../../bench/lib/results.ts';

/** Made-up bench figures for the tests of the bench's own code; realistic in shape, not in value. */
export const bytes = (gzip: number) => ({ raw: gzip * 3, gzip });

export function samplePage(path = '/', overrides: Partial<PageWeight> = {}): PageWeight {
  return {
    path,
    sectionPage: true,
    requests: 2,
    htmlCssRequests: 2,
    html: bytes(4000),
    css: bytes(2000),
    js: bytes(0),
    other: bytes(0),
    jsBeforeInteraction: bytes(0),
    files: [],
    ...overrides,
  };
}

export const sampleBuild: BuildTimes = {
  runsMs: [9000],
  medianMs: 9000,
  pagefindMs: [300],
  pagefindMedianMs: 300,
  pagefindShare: 300 / 9000,
  pagefindSource: 'build log',
};

export const sampleRun = (date: string, parts: Part[], quick = false): RunMeta => ({
  date,
  node: 'v24.21.0',
  chromium: '140.0',
  cpus: 2,
  loadAverage: [0.5, 0.7],
  quick,
  parts,
});
