import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_DATA_DIR } from '../../src/search/search-data.ts';
import { writeSearchData } from './search-data.ts';

/** Where the index lives below the output directory and below the base path. */
export const PAGEFIND_DIR = 'pagefind';
/** Pagefind's own search UIs and highlighter, which the site does not use. */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

async function directorySize(dir: string): Promise<number> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(
    files.filter((f) => f.isFile()).map(async (f) => (await stat(join(f.parentPath, f.name))).size),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

function failOnErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Indexes the built site in `outDir` and writes the search data beside the
 * index, logging both; the project at `root` gives the aliases. The bench
 * runs it too, on a synthetic site too large to build whole.
 */
export async function writeSearchIndex(
  outDir: string,
  root: string,
  logger: Pick<AstroIntegrationLogger, 'info'>,
): Promise<void> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    failOnErrors('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index.');
    const added = await index.addDirectory({ path: outDir });
    failOnErrors('addDirectory', added.errors);
    // A site whose pages lost data-pagefind-body would still "succeed" with an empty index.
    if (added.page_count === 0) throw new Error(`Pagefind found no pages with data-pagefind-body in ${outDir}.`);
    const outputPath = join(outDir, PAGEFIND_DIR);
    const written = await index.writeFiles({ outputPath });
    failOnErrors('writeFiles', written.errors);
    // The site searches through its own small UI on the JS API; Pagefind's
    // ready-made UIs (about 470 KB) would only be dead weight in the deploy.
    await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(outputPath, file), { force: true })));
    const ms = Math.round(performance.now() - started);
    const kb = ((await directorySize(outputPath)) / 1024).toFixed(1);
    logger.info(`Indexed ${added.page_count} pages in ${ms} ms into ${PAGEFIND_DIR}/ (${kb} KB on disk)`);
    // The aliases, and the words of the same pages for close spellings when a query word matches nothing.
    const dataStarted = performance.now();
    const data = await writeSearchData(outDir, root);
    logger.info(
      `Wrote the aliases and ${data.words} words for close spellings in ${Math.round(performance.now() - dataStarted)} ms ` +
        `into ${SEARCH_DATA_DIR}/ (${(data.bytes / 1024).toFixed(1)} KB)`,
    );
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the Pagefind index and the search data beside it (aliases, the
 * vocabulary for close spellings) after Astro has written the pages, so
 * `npm run build` alone produces a searchable site. What gets indexed is
 * decided by data-pagefind-* attributes in the pages, not here.
 */
export function pagefindIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeSearchIndex(fileURLToPath(dir), root, logger);
      },
    },
  };
}
