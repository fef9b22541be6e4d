/**
 * `npm run bench`: page weight, search speed, Lighthouse, build time and
 * scaling, measured on a build of its own (dist-bench/) and checked against
 * bench/budgets.ts. Writes bench/results.json and bench/results.md; exits 1
 * naming every budget exceeded.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../tools/browser.ts';
import { serveSite } from '../tools/server.ts';
import { budgets } from './budgets.ts';
import { parseBenchArgs, PARTS, USAGE, UsageError, type BenchOptions, type Part } from './lib/args.ts';
import { missedBudgets } from './lib/check-budgets.ts';
import { mergeResults } from './lib/merge-results.ts';
import { BUSY_WARNING, partsReport } from './lib/report.ts';
import { readResults, RESULTS_JSON, RESULTS_MD, writeResults } from './lib/results-files.ts';
import type { PartEntries, PartEntry, PartFigures, RunMeta } from './lib/results.ts';
import { measureBuilds } from './parts/build-times.ts';
import { runLighthouse } from './parts/lighthouse.ts';
import { measurePages } from './parts/pages.ts';
import { measureRelevance } from './parts/relevance.ts';
import { mergeScalingPoints, scalingResult } from './lib/scaling-points.ts';
import { measureScaling } from './parts/scaling.ts';
import { measureSearch, SEARCH_PAGE } from './parts/search.ts';
import { BENCH_OUT_DIR, benchDist, buildBenchSite, largestSectionPage, sectionPagePaths } from './parts/site.ts';
import { SEARCH_QUERIES } from './queries.ts';

function plan(options: BenchOptions) {
  const quick = options.quick;
  const queries = quick ? SEARCH_QUERIES.slice(0, 6) : [...SEARCH_QUERIES];
  return {
    buildRuns: quick ? 1 : 3,
    lighthouseRuns: quick ? 1 : 3,
    queries,
    formFactors: quick ? (['mobile'] as const) : (['mobile', 'desktop'] as const),
    scalingSizes: options.scalingSizes ?? (quick ? [10, 100] : [10, 100, 1000]),
    scalingQueries: { cold: queries.slice(0, quick ? 3 : 5), warm: queries.slice(0, 10) },
  };
}

/** The 1-minute load average now. */
const loadNow = () => loadavg()[0]!;

async function main(options: BenchOptions): Promise<number> {
  const p = plan(options);
  const wants = (part: Part) => options.parts.includes(part);
  const started = performance.now();
  const meta: RunMeta = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: '',
    cpus: cpus().length,
    loadAverage: [loadNow(), 0],
    quick: options.quick,
    parts: options.parts,
  };
  const entries: PartEntries = {};
  const previous = await readResults();
  const step = async <P extends Part>(part: P, measure: () => Promise<PartFigures[P]>) => {
    if (!wants(part)) return;
    const t = performance.now();
    const loadAtStart = loadNow();
    console.log(`→ ${part}…`);
    const outcome: Pick<PartEntry<P>, 'figures' | 'error'> = {};
    try {
      outcome.figures = await measure();
      console.log(`  ${part} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    } catch (error) {
      outcome.error = error instanceof Error ? error.message : String(error);
      console.error(`  ${part} FAILED: ${outcome.error}`);
    }
    const entry: PartEntry<P> = {
      run: meta.date,
      loadAverage: [loadAtStart, loadNow()],
      seconds: (performance.now() - t) / 1000,
      ...outcome,
    };
    Object.assign(entries, { [part]: entry });
  };

  const needsSite = wants('pages') || wants('search') || wants('relevance') || wants('lighthouse');
  await step('build', () => measureBuilds(p.buildRuns));
  if (needsSite && entries.build?.error)
    throw new Error(
      `The site did not build, so pages, search, relevance and Lighthouse cannot run:\n${entries.build.error}`,
    );
  if (needsSite && !wants('build')) {
    if (options.skipBuild) {
      if (!existsSync(benchDist))
        throw new UsageError(`--skip-build: there is no ${BENCH_OUT_DIR}/ yet; run once without it`);
    } else {
      console.log(`→ building the site into ${BENCH_OUT_DIR}/…`);
      await buildBenchSite();
    }
  }

  const browser = wants('pages') || wants('search') || wants('scaling') ? await launchBrowser() : undefined;
  meta.chromium = browser?.version() ?? '';
  const site = wants('pages') || wants('search') || wants('lighthouse') ? await serveSite(benchDist) : undefined;
  try {
    await step('pages', async () => measurePages(browser!, site!.url, benchDist, await sectionPagePaths()));
    await step('search', () => measureSearch(browser!, site!.url, benchDist, p.queries));
    await step('relevance', () => measureRelevance(benchDist, options.recordRanks, console.log));
    await step('lighthouse', async () => {
      const section = await largestSectionPage(benchDist);
      const paths = [
        '/',
        ...(section ? [section] : []),
        ...(existsSync(join(benchDist, SEARCH_PAGE.path)) ? [`/${SEARCH_PAGE.path}`] : []),
      ];
      return runLighthouse(site!.url, paths, p.formFactors, p.lighthouseRuns);
    });
    await step('scaling', async () => {
      const measured = await measureScaling(browser!, p.scalingSizes, p.scalingQueries, console.log);
      const earlier = previous?.parts.scaling?.figures?.points ?? [];
      const points = measured.points.map((point) => ({ ...point, run: meta.date }));
      return scalingResult(mergeScalingPoints(earlier, points), measured.searchNote);
    });
  } finally {
    await site?.close();
    await browser?.close();
  }
  meta.loadAverage[1] = loadNow();

  const results = mergeResults(previous, { meta, parts: entries }, budgets);
  await writeResults(results);
  console.log(`\n${partsReport(results, options.parts)}\n`);
  console.log(
    `Results in ${RESULTS_MD} and ${RESULTS_JSON}; ${((performance.now() - started) / 1000).toFixed(0)} s on ${meta.cpus} CPUs, ` +
      `load average ${meta.loadAverage.map((l) => l.toFixed(1)).join(' → ')}.`,
  );
  if (Math.max(...meta.loadAverage) > meta.cpus) console.warn(BUSY_WARNING);

  const failed = PARTS.filter((part) => entries[part]?.error !== undefined);
  for (const part of failed) console.error(`ERROR in ${part}: ${entries[part]!.error}`);
  const missed = missedBudgets(results.budgets.filter((finding) => wants(finding.part)));
  if (missed.length > 0)
    console.error(`\n${missed.length} budget(s) exceeded or not measured: see the MISS rows above.`);
  return missed.length > 0 || failed.length > 0 ? 1 : 0;
}

try {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
  } else {
    process.exitCode = await main(options);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
