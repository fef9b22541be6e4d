import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { addBytes, noBytes, type Bytes } from '../lib/gzip.ts';
import type { FetchedFile, SearchResult } from '../lib/results.ts';
import { summarize } from '../lib/stats.ts';
import { recordNetwork, type NetworkLog } from './network.ts';
import { MOBILE_VIEWPORT } from './pages.ts';
import { WARM_UP_QUERY } from '../queries.ts';

/**
 * Search timing through the search UI's hook contract: an input
 * [data-search-input]; a list [data-search-results] that carries
 * data-search-query="Q" once the results for Q are rendered.
 */
export interface SearchEntry {
  label: string;
  /** Page path below the base. */
  path: string;
  /** The field a reader types into there. */
  input: string;
}

/** A reader on a section page searching from the header: nothing of search is loaded yet. */
export const HEADER_ON_HOME: SearchEntry = { label: 'header field on /', path: '', input: '[data-search-input]' };
/** The search page's own field. */
export const SEARCH_PAGE: SearchEntry = { label: '/search/ page', path: 'search/', input: 'main [data-search-input]' };

export interface SearchSample {
  query: string;
  /** Last keystroke to rendered results. */
  ms: number;
  results: number;
  /** Everything fetched from focusing the field until the network was quiet after the results. */
  bytes: Bytes;
  files: FetchedFile[];
}

/** Why search cannot be measured on this build, or undefined when it can. */
export async function searchUnavailable(dist: string): Promise<string | undefined> {
  const html = await readFile(join(dist, SEARCH_PAGE.path, 'index.html'), 'utf8').catch(() => undefined);
  if (html === undefined) return 'search UI not built: there is no /search/ page';
  if (!html.includes('data-search-input')) return 'search UI not built: /search/ has no [data-search-input]';
  return undefined;
}

/**
 * Arms an observer for the render of `query`: the time runs from the last
 * input event on a [data-search-input] to the mutation that marks a results
 * list with data-search-query="query". Both clocks are the page's
 * performance.now() (an event's timeStamp shares its origin).
 */
async function armRenderProbe(page: Page, query: string, timeoutMs = 10_000): Promise<void> {
  await page.evaluate(
    ([query, timeoutMs]) => {
      const bench = window as unknown as {
        benchLastInput?: number;
        benchRendered?: Promise<{ ms: number; results: number }>;
      };
      if (bench.benchLastInput === undefined) {
        document.addEventListener(
          'input',
          (event) => {
            if (event.target instanceof Element && event.target.matches('[data-search-input]'))
              bench.benchLastInput = event.timeStamp;
          },
          true,
        );
      }
      bench.benchLastInput = 0;
      bench.benchRendered = new Promise((resolve, reject) => {
        const rendered = () =>
          [...document.querySelectorAll('[data-search-results]')].find(
            (list) => list.getAttribute('data-search-query') === query,
          );
        const observer = new MutationObserver(() => {
          const list = rendered();
          if (!list || !bench.benchLastInput) return;
          const at = performance.now();
          observer.disconnect();
          clearTimeout(timer);
          resolve({ ms: at - bench.benchLastInput, results: list.querySelectorAll(':scope > li').length });
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(
            new Error(`no [data-search-results][data-search-query="${query}"] within ${timeoutMs} ms of typing it`),
          );
        }, timeoutMs);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-search-query'],
        });
      });
    },
    [query, timeoutMs] as const,
  );
}

/**
 * How a query reaches the field. `paste`: the whole query in one input event
 * right after focusing, the worst case for a cold search, as no typing time
 * hides Pagefind's loading. `type`: key by key at machine speed, so the UI
 * has to keep up with a search per keystroke and show the last one.
 */
export type Entering = 'paste' | 'type';

async function typeAndTime(
  page: Page,
  network: NetworkLog,
  entry: SearchEntry,
  query: string,
  entering: Entering,
): Promise<SearchSample> {
  await armRenderProbe(page, query);
  const mark = network.mark();
  const field = page.locator(entry.input).first();
  // On a phone the header's field is folded behind its Search button, as a reader finds it.
  if (!(await field.isVisible())) await page.locator('details', { has: field }).locator(':scope > summary').click();
  await field.click();
  if (entering === 'paste') {
    await field.fill(query);
  } else {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(query);
  }
  const rendered = await page.evaluate(
    () => (window as unknown as { benchRendered: Promise<{ ms: number; results: number }> }).benchRendered,
  );
  await network.idle(250);
  const fetched = await network.since(mark);
  return {
    query,
    ...rendered,
    bytes: fetched.reduce((total, request) => addBytes(total, request.bytes), noBytes),
    files: fetched.map(({ url, bytes }) => ({ url: new URL(url).pathname, bytes })),
  };
}

async function openPage(browser: Browser, siteUrl: string, entry: SearchEntry) {
  const context = await browser.newContext(MOBILE_VIEWPORT);
  const page = await context.newPage();
  const network = recordNetwork(page);
  await page.goto(new URL(entry.path, siteUrl).href, { waitUntil: 'load' });
  await network.idle(300);
  return { page, network, close: () => context.close() };
}

/** Each query as the first search of a freshly loaded page with an empty cache, pasted. */
export async function coldSearches(
  browser: Browser,
  siteUrl: string,
  entry: SearchEntry,
  queries: readonly string[],
): Promise<SearchSample[]> {
  const samples: SearchSample[] = [];
  for (const query of queries) {
    const { page, network, close } = await openPage(browser, siteUrl, entry);
    try {
      samples.push(await typeAndTime(page, network, entry, query, 'paste'));
    } finally {
      await close();
    }
  }
  return samples;
}

/** Every query in turn, typed, on one page that has already searched once. */
export async function warmSearches(
  browser: Browser,
  siteUrl: string,
  entry: SearchEntry,
  queries: readonly string[],
): Promise<SearchSample[]> {
  const { page, network, close } = await openPage(browser, siteUrl, entry);
  try {
    await typeAndTime(page, network, entry, WARM_UP_QUERY, 'type');
    const samples: SearchSample[] = [];
    for (const query of queries) samples.push(await typeAndTime(page, network, entry, query, 'type'));
    return samples;
  } finally {
    await close();
  }
}

/**
 * Search on the bench build: first searches from the header and on /search/,
 * each on a fresh page, then every query on one warm page.
 */
export async function measureSearch(
  browser: Browser,
  siteUrl: string,
  dist: string,
  queries: readonly string[],
): Promise<SearchResult> {
  const reason = await searchUnavailable(dist);
  if (reason) return { status: 'not measured', reason };
  const cold = await coldSearches(browser, siteUrl, HEADER_ON_HOME, queries);
  const coldSearchPage = await coldSearches(browser, siteUrl, SEARCH_PAGE, queries);
  const warm = await warmSearches(browser, siteUrl, SEARCH_PAGE, queries);
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
