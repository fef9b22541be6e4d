import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { BuildTimes } from '../lib/results.ts';
import { pagefindTimeFromLog } from '../lib/build-log.ts';
import { median } from '../lib/stats.ts';
import { benchDist, buildBenchSite } from './site.ts';

/** Indexes a built site with Pagefind's Node API into a throwaway folder, timed. */
export async function timePagefind(dist: string): Promise<number> {
  const output = await mkdtemp(join(tmpdir(), 'bench-pagefind-'));
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return performance.now() - started;
  } finally {
    await pagefind.close();
    await rm(output, { recursive: true, force: true });
  }
}

/** Wall time of the whole build, `runs` times; Pagefind's share from its log line. */
export async function measureBuilds(runs: number): Promise<BuildTimes> {
  const runsMs: number[] = [];
  const logged: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const { ms, output } = await buildBenchSite();
    runsMs.push(ms);
    const pagefindMs = pagefindTimeFromLog(output);
    if (pagefindMs !== undefined) logged.push(pagefindMs);
  }
  let pagefindMs = logged;
  let pagefindSource: BuildTimes['pagefindSource'] = 'build log';
  if (logged.length === 0) {
    if (!existsSync(join(benchDist, 'pagefind'))) {
      pagefindSource = 'not in the build';
      pagefindMs = [0];
    } else {
      pagefindSource = 'timed separately';
      pagefindMs = [];
      for (let i = 0; i < runs; i += 1) pagefindMs.push(await timePagefind(benchDist));
    }
  }
  const medianMs = median(runsMs);
  const pagefindMedianMs = median(pagefindMs);
  return { runsMs, medianMs, pagefindMs, pagefindMedianMs, pagefindShare: pagefindMedianMs / medianMs, pagefindSource };
}
