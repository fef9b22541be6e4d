/**
 * `npm run bench`: page weight, search speed, Lighthouse, build time and
 * scaling, measured on a build of its own (dist-bench/) and checked against
 * bench/budgets.ts. Exits 1 naming every budget exceeded.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tools/browser.ts';
import { projectRoot } from '../tools/paths.ts';
import { serveSite, type StaticSite } from '../tools/server.ts';
import { budgets } from './budgets.ts';
import { parseArgs, USAGE, UsageError, type BenchOptions, type Part } from './lib/args.ts';
import { checkBudgets, missedBudgets } from './lib/check-budgets.ts';
import { budgetLines, buildTable, lighthouseTable, pagesTable, scalingTable, searchTable } from './lib/report.ts';
import type { BenchResults, SearchResult } from './lib/results.ts';
import { summarize } from './lib/stats.ts';
import { measureBuilds } from './parts/build-times.ts';
import { runLighthouse } from './parts/lighthouse.ts';
import { measurePages } from './parts/pages.ts';
import { measureScaling } from './parts/scaling.ts';
import { coldSearches, HEADER_ON_HOME, SEARCH_PAGE, searchUnavailable, warmSearches } from './parts/search.ts';
import { BENCH_OUT_DIR, benchDist, buildBenchSite, largestSectionPage, sectionPagePaths } from './parts/site.ts';
import { SEARCH_QUERIES } from './queries.ts';

const RESULTS_FILE = join(projectRoot, 'bench/results.json');

function plan(options: BenchOptions) {
  const quick = options.quick;
  const queries = quick ? SEARCH_QUERIES.slice(0, 6) : [...SEARCH_QUERIES];
  return {
    buildRuns: quick ? 1 : 3,
    lighthouseRuns: quick ? 1 : 3,
    queries,
    formFactors: quick ? (['mobile'] as const) : (['mobile', 'desktop'] as const),
    scalingSizes: quick ? [10, 100] : [10, 100, 1000],
    scalingQueries: { cold: queries.slice(0, quick ? 3 : 5), warm: queries.slice(0, 10) },
  };
}

async function searchResult(browser: Browser, site: StaticSite, queries: readonly string[]): Promise<SearchResult> {
  const reason = await searchUnavailable(benchDist);
  if (reason) return { status: 'not measured', reason };
  const cold = await coldSearches(browser, site.url, HEADER_ON_HOME, queries);
  const coldSearchPage = await coldSearches(browser, site.url, SEARCH_PAGE, queries);
  const warm = await warmSearches(browser, site.url, SEARCH_PAGE, queries);
  const heaviest = cold.reduce((a, b) => (b.bytes.gzip > a.bytes.gzip ? b : a));
  return {
    status: 'measured',
    queries: [...queries],
    firstSearch: { query: heaviest.query, bytes: heaviest.bytes, files: heaviest.files },
    firstSearchGzip: summarize(cold.map((s) => s.bytes.gzip)),
    cold: summarize(cold.map((s) => s.ms)),
    coldSearchPage: summarize(coldSearchPage.map((s) => s.ms)),
    warm: summarize(warm.map((s) => s.ms)),
    warmBytesPerQuery: summarize(warm.map((s) => s.bytes.gzip)),
  };
}

async function main(options: BenchOptions): Promise<number> {
  const p = plan(options);
  const wants = (part: Part) => options.parts.includes(part);
  const started = performance.now();
  const results: BenchResults = {
    meta: {
      date: new Date().toISOString(),
      node: process.version,
      chromium: '',
      cpus: cpus().length,
      loadAverage: [loadavg()[0]!, 0],
      quick: options.quick,
      parts: options.parts,
    },
  };
  const errors: Record<string, string> = {};
  const step = async (part: Part, work: () => Promise<void>) => {
    if (!wants(part)) return;
    const t = performance.now();
    console.log(`→ ${part}…`);
    try {
      await work();
      console.log(`  ${part} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    } catch (error) {
      errors[part] = error instanceof Error ? error.message : String(error);
      console.error(`  ${part} FAILED: ${errors[part]}`);
    }
  };

  const needsSite = wants('pages') || wants('search') || wants('lighthouse');
  await step('build', async () => {
    results.build = await measureBuilds(p.buildRuns);
  });
  if (needsSite && errors['build'])
    throw new Error(`The site did not build, so pages, search and Lighthouse cannot run:\n${errors['build']}`);
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
  results.meta.chromium = browser?.version() ?? '';
  const site = needsSite ? await serveSite(benchDist) : undefined;
  try {
    await step('pages', async () => {
      results.pages = await measurePages(browser!, site!.url, benchDist, await sectionPagePaths());
    });
    await step('search', async () => {
      results.search = await searchResult(browser!, site!, p.queries);
    });
    await step('lighthouse', async () => {
      const section = await largestSectionPage(benchDist);
      const paths = [
        '/',
        ...(section ? [section] : []),
        ...(existsSync(join(benchDist, SEARCH_PAGE.path)) ? [`/${SEARCH_PAGE.path}`] : []),
      ];
      results.lighthouse = await runLighthouse(site!.url, paths, p.formFactors, p.lighthouseRuns);
    });
    await step('scaling', async () => {
      results.scaling = await measureScaling(browser!, p.scalingSizes, p.scalingQueries, console.log);
    });
  } finally {
    await site?.close();
    await browser?.close();
  }

  results.meta.loadAverage[1] = loadavg()[0]!;
  if (Object.keys(errors).length > 0) results.errors = errors;
  const findings = checkBudgets(results, budgets);
  await writeFile(RESULTS_FILE, `${JSON.stringify({ ...results, budgets: findings }, null, 2)}\n`);

  const sections = [
    results.pages && pagesTable(results.pages),
    results.search && searchTable(results.search),
    results.lighthouse && lighthouseTable(results.lighthouse),
    results.build && buildTable(results.build),
    results.scaling && scalingTable(results.scaling),
  ].filter(Boolean);
  console.log(`\n${sections.join('\n\n')}\n`);
  console.log('Budgets (bench/budgets.ts):');
  for (const line of budgetLines(findings)) console.log(`  ${line}`);
  const missed = missedBudgets(findings);
  const { cpus: cpuCount, loadAverage } = results.meta;
  console.log(
    `\nResults in bench/results.json; ${((performance.now() - started) / 1000).toFixed(0)} s on ${cpuCount} CPUs, load average ${loadAverage.map((l) => l.toFixed(1)).join(' → ')}.`,
  );
  if (Math.max(...loadAverage) > cpuCount) {
    console.warn(
      'The machine was busy with other work (load above the CPU count): times are inflated; rerun on a quiet machine before trusting a miss.',
    );
  }
  for (const [part, message] of Object.entries(errors)) console.error(`ERROR in ${part}: ${message}`);
  if (missed.length > 0) {
    console.error(`\n${missed.length} budget(s) exceeded or not measured:`);
    for (const line of budgetLines(missed)) console.error(`  ${line}`);
  } else if (findings.length > 0) {
    console.log(`All ${findings.length} budget checks passed.`);
  }
  return missed.length > 0 || Object.keys(errors).length > 0 ? 1 : 0;
}

try {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
  } else {
    process.exitCode = await main(options);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
