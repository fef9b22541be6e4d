import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { builtPages, pageFile } from '../../tools/dist.ts';
import { addBytes, bytesOf, noBytes, type Bytes } from '../lib/gzip.ts';
import type { PageWeight } from '../lib/results.ts';
import { recordNetwork, type RecordedRequest } from './network.ts';

/** A mid-range phone, as Lighthouse's mobile run emulates. */
export const MOBILE_VIEWPORT = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function kind(request: RecordedRequest): 'html' | 'css' | 'js' | 'other' {
  if (request.resourceType === 'document') return 'html';
  if (request.resourceType === 'stylesheet') return 'css';
  if (request.resourceType === 'script' || /javascript/.test(request.contentType)) return 'js';
  return 'other';
}

/** Inline scripts run without a request; they count as JavaScript before interaction. */
function inlineScripts(html: string): Bytes {
  const $ = load(html);
  const code = $('script:not([src])')
    .toArray()
    .filter((script) => JS_TYPES.has(($(script).attr('type') ?? '').toLowerCase()))
    .map((script) => $(script).text())
    .join('\n');
  return code.trim() === '' ? noBytes : bytesOf(code);
}

/**
 * A first visit to every built page: a fresh browser context (empty cache),
 * everything Chromium fetches until the network is quiet, and nothing
 * clicked or typed.
 */
export async function measurePages(
  browser: Browser,
  siteUrl: string,
  dist: string,
  sectionPaths: readonly string[],
): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const file of await builtPages(dist)) {
    const path = `/${file}`;
    const context = await browser.newContext(MOBILE_VIEWPORT);
    const page = await context.newPage();
    const network = recordNetwork(page);
    await page.goto(new URL(file, siteUrl).href, { waitUntil: 'load' });
    await network.idle(500);
    const requests = await network.since();
    await context.close();

    const sum = (k: ReturnType<typeof kind>) =>
      requests.filter((r) => kind(r) === k).reduce((total, r) => addBytes(total, r.bytes), noBytes);
    const js = sum('js');
    weights.push({
      path,
      sectionPage: sectionPaths.includes(path),
      requests: requests.length,
      htmlCssRequests: requests.filter((r) => kind(r) === 'html' || kind(r) === 'css').length,
      html: sum('html'),
      css: sum('css'),
      js,
      other: sum('other'),
      jsBeforeInteraction: addBytes(js, inlineScripts(await readFile(pageFile(file, dist), 'utf8'))),
      files: requests.map(({ url, bytes }) => ({ url: new URL(url).pathname, bytes })),
    });
  }
  return weights;
}
