import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_DATA_DIR } from '../../src/search/search-data.ts';
import { PAGEFIND_DIR } from './pagefind-index.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/**
 * Search in `astro dev`: the dev server has no index of its own, so it serves
 * the one from the last `npm run build`, with the search data beside it.
 * Without a build the requests 404 and the search UI says that search needs
 * `npm run build`.
 */
function serveLastIndex(outDir: string, base: string, logger: AstroIntegrationLogger) {
  if (!existsSync(join(outDir, PAGEFIND_DIR)))
    logger.warn(`No search index yet: search in dev needs \`npm run build\` once.`);
  const folders = [PAGEFIND_DIR, SEARCH_DATA_DIR].map((dir) => ({
    root: join(outDir, dir),
    prefix: `${base.replace(/\/?$/, '/')}${dir}/`,
  }));
  return async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const folder = folders.find(({ prefix }) => path.startsWith(prefix));
    if (!folder) return next();
    const { root, prefix } = folder;
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

/** `astro dev` serves the search index of the last build (see serveLastIndex). */
export function devSearchIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  let dev = false;
  return {
    name: 'dev-search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        dev = command === 'dev';
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        // The build starts a server of its own too; only `astro dev` serves pages to a reader.
        if (!dev) return;
        server.middlewares.use(serveLastIndex(outDir, base, logger));
      },
    },
  };
}
