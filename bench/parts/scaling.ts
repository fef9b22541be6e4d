import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { projectCopy } from '../../tools/build.ts';
import { builtPages } from '../../tools/dist.ts';
import { projectRoot } from '../../tools/paths.ts';
import { serveSite } from '../../tools/server.ts';
import { readSourceText } from '../../src/source/source-file.ts';
import { parseSourceText, splitSentences } from '../../src/source/source-text.ts';
import { SEARCH_DATA_DIR } from '../../src/search/search-data.ts';
import type { ScalingPoint } from '../lib/results.ts';
import { median } from '../lib/stats.ts';
import { SYNTHETIC_SECTIONS_ENV, syntheticSections } from '../lib/synthetic-site.ts';
import { pagefindTimeFromLog, searchDataTimeFromLog } from '../lib/build-log.ts';
import { astroBuild } from './astro-build.ts';
import { indexOnlySite } from './index-only-site.ts';
import { BENCH_OUT_DIR } from './site.ts';
import { coldSearches, HEADER_ON_HOME, SEARCH_PAGE, searchUnavailable, warmSearches } from './search.ts';

/** Every sentence of the real text, the material for the synthetic sections. */
async function sourceSentences(): Promise<string[]> {
  const source = parseSourceText(readSourceText(projectRoot));
  return source.sections.flatMap((section) => section.paragraphs.flatMap(splitSentences));
}

/** Pagefind's output split into the index proper and everything it ships besides. */
async function pagefindSize(dir: string): Promise<{ indexBytes: number; indexFiles: number; bundleBytes: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const sizes = { indexBytes: 0, indexFiles: 0, bundleBytes: 0 };
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    const { size } = await stat(path);
    sizes.bundleBytes += size;
    if (/[/\\](index|fragment|filter)[/\\]/.test(path) || /\.pf_meta$|pagefind-entry\.json$/.test(entry.name)) {
      sizes.indexBytes += size;
      sizes.indexFiles += 1;
    }
  }
  return sizes;
}

/** The search data beside the index: all of it, and the largest vocabulary part a query may fetch. */
async function searchDataSize(dir: string): Promise<{ searchDataBytes: number; largestVocabularyPartBytes: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const sizes = { searchDataBytes: 0, largestVocabularyPartBytes: 0 };
  for (const entry of entries.filter((e) => e.isFile())) {
    const { size } = await stat(join(entry.parentPath, entry.name));
    sizes.searchDataBytes += size;
    if (/[/\\]words$/.test(entry.parentPath))
      sizes.largestVocabularyPartBytes = Math.max(sizes.largestVocabularyPartBytes, size);
  }
  return sizes;
}

/**
 * The largest synthetic site built whole. Every page lists every section, so
 * the site grows with the square of the sections: at 10,000 the build writes
 * some 7 GB of pages and its checks, which read them all, outgrow a 16 GB
 * heap (docs/performance.md). Larger sites are built index-only
 * (./index-only-site.ts): the search figures are the whole build's, the
 * build time is not measured.
 */
export const LARGEST_WHOLE_BUILD = 1000;

/**
 * One synthetic site of `total` sections: the real sections plus generated
 * ones, built in a temporary copy of the project (whole, or index-only above
 * LARGEST_WHOLE_BUILD), searched, then deleted.
 */
async function measureSize(
  browser: Browser,
  total: number,
  sentences: readonly string[],
  queries: { cold: readonly string[]; warm: readonly string[] },
): Promise<{ point: ScalingPoint; searchNote?: string }> {
  const copy = await projectCopy('bench-scaling-');
  try {
    const sectionsDir = join(copy.root, 'content/sections');
    const real = (await readdir(sectionsDir)).filter((file) => file.endsWith('.mdx'));
    const realOrders = await Promise.all(
      real.map(async (file) =>
        Number(/^order:\s*(\d+)/m.exec(await readFile(join(sectionsDir, file), 'utf8'))?.[1] ?? 0),
      ),
    );
    const generated = syntheticSections(sentences, Math.max(0, total - real.length), {
      seed: total,
      firstOrder: Math.max(0, ...realOrders) + 1,
    });
    const indexOnly = total > LARGEST_WHOLE_BUILD;
    if (!indexOnly)
      await Promise.all(generated.map(({ slug, mdx }) => writeFile(join(sectionsDir, `${slug}.mdx`), mdx)));

    // The copy has a node_modules folder of its own (packages linked, caches not),
    // so Astro's and Vite's caches start empty at every size.
    const dist = join(copy.root, BENCH_OUT_DIR);
    const build = await astroBuild(
      `The synthetic site of ${total} sections`,
      { root: copy.root, outDir: dist },
      { [SYNTHETIC_SECTIONS_ENV]: '1' },
    );
    const indexMs = indexOnly
      ? await indexOnlySite(dist, copy.root, generated)
      : (pagefindTimeFromLog(build.output) ?? Number.NaN) + (searchDataTimeFromLog(build.output) ?? Number.NaN);
    const index = await pagefindSize(join(dist, 'pagefind'));
    const point: ScalingPoint = {
      sections: total,
      build: indexOnly ? 'index only' : 'whole site',
      pages: (await builtPages(dist)).length,
      buildMs: indexOnly ? Number.NaN : build.ms,
      indexMs,
      ...index,
      ...(await searchDataSize(join(dist, SEARCH_DATA_DIR))),
      firstSearchGzipBytes: Number.NaN,
      bytesPerQueryGzip: Number.NaN,
      coldMedianMs: Number.NaN,
      warmMedianMs: Number.NaN,
    };
    if (index.indexFiles === 0) return { point, searchNote: 'no search index in the build' };

    const uiMissing = await searchUnavailable(dist);
    if (uiMissing) return { point, searchNote: uiMissing };
    const site = await serveSite(dist);
    try {
      const cold = await coldSearches(browser, site.url, HEADER_ON_HOME, queries.cold);
      const warm = await warmSearches(browser, site.url, SEARCH_PAGE, queries.warm);
      point.firstSearchGzipBytes = median(cold.map((s) => s.bytes.gzip));
      point.bytesPerQueryGzip = median(warm.map((s) => s.bytes.gzip));
      point.coldMedianMs = median(cold.map((s) => s.ms));
      point.warmMedianMs = median(warm.map((s) => s.ms));
    } finally {
      await site.close();
    }
    return { point };
  } finally {
    await copy.dispose();
  }
}

/** Each size built, indexed and searched in turn; the points of the sizes measured, and why search was not, if so. */
export async function measureScaling(
  browser: Browser,
  sizes: readonly number[],
  queries: { cold: readonly string[]; warm: readonly string[] },
  log: (line: string) => void,
): Promise<{ points: ScalingPoint[]; searchNote?: string }> {
  const sentences = await sourceSentences();
  const points: ScalingPoint[] = [];
  let searchNote: string | undefined;
  for (const size of sizes) {
    const measured = await measureSize(browser, size, sentences, queries);
    log(
      `  ${size} sections: built in ${Math.round(measured.point.buildMs)} ms${measured.searchNote ? `; search not measured: ${measured.searchNote}` : ''}`,
    );
    points.push(measured.point);
    searchNote ??= measured.searchNote;
  }
  return { points, ...(searchNote ? { searchNote } : {}) };
}
