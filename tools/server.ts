import { createServer, type Server } from 'node:http';
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
 * Serves a built dist/ on 127.0.0.1 on a free port, as a static host would:
 * under `base`, with dist/404.html for unknown paths and the headers of dist/_headers.
 */
export async function serveSite(dir = distDir, base = '/'): Promise<StaticSite> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const headerRules = siteHeaderRules(dir);
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.writeHead(404).end('Not under the base path');
      return;
    }
    req.url = '/' + url.slice(base.length);
    const headers = headersFor(headerRules, new URL(req.url, 'http://host').pathname);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    files(req, res, () => {
      req.url = '/404.html';
      res.statusCode = 404;
      files(req, res, () => {
        res.end('Not found');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
