import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { headersFor, siteHeaderRules } from './headers.ts';
import { distDir } from './paths.ts';

export interface StaticSite {
  /** e.g. http://127.0.0.1:41234/ or http://127.0.0.1:41234/prefix/ */
  url: string;
  close: () => Promise<void>;
}

/**
 * The address with its trailing slash, when a reader typed a page's address
 * without it (/political-dialogue): pages are folders, and their relative
 * links only work from the address with the slash.
 */
export function withTrailingSlash(dir: string, path: string): string | undefined {
  if (path.endsWith('/') || /\.[^/]*$/.test(path)) return undefined;
  return existsSync(join(dir, decodeURIComponent(path), 'index.html')) ? `${path}/` : undefined;
}

/**
 * Serves a built dist/ on 127.0.0.1 (a free port unless one is given), as a
 * static host would: under `base`, page addresses without their trailing
 * slash redirected to it, dist/404.html for unknown paths and the headers of
 * dist/_headers.
 */
export async function serveSite(dir = distDir, base = '/', port = 0): Promise<StaticSite> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const headerRules = siteHeaderRules(dir);
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.writeHead(404).end('Not under the base path');
      return;
    }
    req.url = '/' + url.slice(base.length);
    const { pathname, search } = new URL(req.url, 'http://host');
    const slashed = withTrailingSlash(dir, pathname);
    if (slashed) {
      res.writeHead(301, { Location: `${base}${slashed.slice(1)}${search}` }).end();
      return;
    }
    const headers = headersFor(headerRules, pathname);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    files(req, res, () => {
      // sirv would answer 200 for the 404 page; a host answers 404.
      const notFound = join(dir, '404.html');
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
