import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { hasBrowser, launchBrowser } from '../support/browser.ts';
import { distDir } from '../support/paths.ts';

/**
 * The figures the README reports for search, measured in Chromium against
 * the built site served with gzip as a static host would. Bytes are
 * checked against the design budget (first search ≤ 100 KB gzip); times are
 * printed, not asserted, as timing belongs to `npm run bench`.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Every file gzip-compressed on the fly, the way common static hosts serve text. */
async function serveGzipped(
  dir: string,
): Promise<{ url: string; sent: Map<string, number>; close: () => Promise<void> }> {
  const sent = new Map<string, number>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) && file !== dir) return void res.writeHead(403).end();
    if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file).catch(() => undefined);
    if (!body) return void res.writeHead(404).end();
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    const out = gzip ? gzipSync(body) : body;
    sent.set(req.url ?? '', (sent.get(req.url ?? '') ?? 0) + out.length);
    res.end(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const FIRST_SEARCH_BUDGET = 100 * 1024;
const QUERIES = [
  'Seoul',
  '470',
  'Afghan',
  'piracy',
  'Stoltenberg',
  'Rasmussen',
  'Bagram',
  'Lisbon',
  'partnership',
  'terrorism',
  'interoperability',
  'Parwan',
  'Aden',
  'ministers',
  'Brengelmann',
  'governance',
  'escorts',
  'Korea',
  'dialogue',
  'ROK',
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Milliseconds from the last keystroke of `query` to its results being in the list. */
async function keystrokeToResults(page: Page, query: string): Promise<number> {
  const input = page.locator('[data-search="page"] [data-search-input]');
  const prefix = query.slice(0, -1);
  await input.fill(prefix);
  await input.focus();
  if (prefix !== '') {
    await page.waitForFunction(
      (q) =>
        document.querySelector('[data-search="page"] [data-search-results]')?.getAttribute('data-search-query') === q,
      prefix,
    );
  }
  // Listen first, then press: the wait starts only once the listeners are in place.
  await page.evaluate((q) => {
    const list = document.querySelector('[data-search="page"] [data-search-results]')!;
    const timing = window as unknown as { measured: Promise<number> };
    timing.measured = new Promise<number>((resolve) => {
      let pressed = 0;
      document.addEventListener('keydown', () => (pressed = performance.now()), { once: true, capture: true });
      new MutationObserver((_, observer) => {
        if (list.getAttribute('data-search-query') !== q) return;
        observer.disconnect();
        resolve(performance.now() - pressed);
      }).observe(list, { attributes: true, attributeFilter: ['data-search-query'] });
    });
  }, query);
  await page.keyboard.press(query.at(-1)!);
  return page.evaluate(() => (window as unknown as { measured: Promise<number> }).measured);
}

describe.skipIf(!hasBrowser)('search figures', () => {
  let browser: Browser;
  let site: { url: string; sent: Map<string, number>; close: () => Promise<void> };

  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveGzipped(distDir)]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('fetches at most 100 KB gzip for the first search, all of it after the field is focused', async () => {
    const page = await browser.newPage();
    // Context events include the requests of Pagefind's web worker, which a page-level log misses.
    const requests: Request[] = [];
    page.context().on('requestfinished', (request) => requests.push(request));
    await page.goto(`${site.url}practical-cooperation/`, { waitUntil: 'networkidle' });
    const before = requests.length;
    site.sent.clear();

    await page.locator('[data-search="header"] [data-search-input]').click();
    await page.keyboard.type('Korea');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-search="header"] [data-search-results]')?.getAttribute('data-search-query') ===
        'Korea',
    );
    await page.waitForLoadState('networkidle');
    // Body sizes from Chromium's network log, checked against what the server sent.
    const fetched = await Promise.all(
      requests.slice(before).map(async (request) => {
        const path = request.url().replace(site.url, '/');
        return { path, bytes: (await request.sizes()).responseBodySize, sent: site.sent.get(path) };
      }),
    );
    // Chromium counts the chunked-encoding framing too: a few bytes per response.
    expect(fetched.filter((f) => f.sent === undefined || f.bytes < f.sent || f.bytes > f.sent + 64)).toEqual([]);
    const total = fetched.reduce((sum, { bytes }) => sum + bytes, 0);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;
    console.log(
      `First search for "Korea", gzip bytes:\n${fetched.map((f) => `${kb(f.bytes)}  ${f.path}`).join('\n')}\n` +
        `${kb(total)}  total, ${fetched.length} requests`,
    );
    const paths = fetched.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind']));
    // Searching on the main thread: no worker script to fetch.
    expect(paths).not.toContain('/pagefind/pagefind-worker.js');
    expect(total).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
    await page.close();
  });

  it('measures keystroke-to-results over 20 queries (printed)', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/`);
    // The search page loads Pagefind at once; this first search pays for compiling its engine.
    const cold = await keystrokeToResults(page, 'N');
    const warm: number[] = [];
    for (const query of QUERIES) warm.push(await keystrokeToResults(page, query));
    console.log(
      `Keystroke to results on a local server: first search ${cold.toFixed(0)} ms (loads Pagefind), ` +
        `then median ${median(warm).toFixed(1)} ms, slowest ${Math.max(...warm).toFixed(1)} ms over ${warm.length} queries`,
    );
    expect(warm).toHaveLength(20);
    await page.close();
  });
});
