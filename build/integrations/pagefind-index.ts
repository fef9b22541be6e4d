import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { checkSearchAliases } from '../../src/search/alias-check.ts';

/** Where the index lives below the output directory and below the base path. */
export const PAGEFIND_DIR = 'pagefind';
/** Editorial data: other names and spellings for words of the source. */
export const SEARCH_ALIASES_FILE = 'content/search-aliases.json';
const SOURCE_FILE = 'content/source/relations-with-the-republic-of-korea.txt';
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

/** Reads and checks the alias data; a mistake fails the build naming the file and the field. */
async function checkAliasFile(root: string): Promise<void> {
  const text = await readFile(join(root, SEARCH_ALIASES_FILE), 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${SEARCH_ALIASES_FILE}: not valid JSON (${(error as Error).message})`);
  }
  checkSearchAliases(data, await readFile(join(root, SOURCE_FILE), 'utf8'), SEARCH_ALIASES_FILE);
}

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

async function writeIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
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
  } finally {
    await pagefind.close();
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/**
 * Search in `astro dev`: the dev server has no index of its own, so it serves
 * the one from the last `npm run build`. Without a build the requests 404 and
 * the search UI says that search needs `npm run build`.
 */
function serveLastIndex(outDir: string, base: string, logger: AstroIntegrationLogger) {
  const root = join(outDir, PAGEFIND_DIR);
  const prefix = `${base.replace(/\/?$/, '/')}${PAGEFIND_DIR}/`;
  if (!existsSync(root)) logger.warn(`No search index yet: search in dev needs \`npm run build\` once.`);
  return async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith(prefix)) return next();
    const file = normalize(join(root, decodeURIComponent(path.slice(prefix.length))));
    if (!file.startsWith(root + sep) || !(await stat(file).catch(() => undefined))?.isFile()) {
      res.statusCode = 404;
      res.end('No search index: run `npm run build` once, then reload.');
      return;
    }
    res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(await readFile(file));
  };
}

/**
 * Builds the Pagefind index after Astro has written the pages, so
 * `npm run build` alone produces a searchable site. What gets indexed is
 * decided by data-pagefind-* attributes in the pages, not here.
 */
export function pagefindIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        // Bad alias data fails the build (and dev) before any page renders.
        await checkAliasFile(fileURLToPath(config.root));
        // The search scripts load lazily as separate bundles (`?worker&url`, see
        // search-boot.ts); name them like every other content-hashed asset.
        const name = `${config.build.assets}/[name].[hash].js`;
        updateConfig({
          vite: { worker: { rolldownOptions: { output: { entryFileNames: name, chunkFileNames: name } } } },
        });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(serveLastIndex(outDir, base, logger));
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
