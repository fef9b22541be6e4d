import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hasBrowser, launchBrowser } from '../support/browser.ts';
import { builtPages } from '../support/dist.ts';
import { watchContext, type PageRecord } from '../support/page-watch.ts';
import { distDir } from '../support/paths.ts';
import { hasSearch, showSearchResults } from '../support/search-ui.ts';
import { serveSite, type StaticSite } from '../support/server.ts';

const pages = await builtPages();

/**
 * The site never asks another origin for anything: no fonts, no analytics, no
 * CDN. Readers' browsers talk to this site's server only. Checked where it
 * matters, in the browser's own request log, plus a scan of the stylesheets
 * for resources only some pages or media queries would load.
 */
describe.skipIf(!hasBrowser)('self-contained', () => {
  let browser: Browser;
  let site: StaticSite;
  let context: BrowserContext;
  let page: Page;
  let record: PageRecord;
  let reset: () => void;

  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveSite()]);
    context = await browser.newContext();
    ({ record, reset } = await watchContext(context));
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  // What the page asked for: requests made, and requests the CSP stopped first.
  const foreign = () =>
    [...record.requests, ...record.blocked].filter((url) => new URL(url).origin !== new URL(site.url).origin);

  it.each(pages)('requests nothing from another origin on /%s', async (path) => {
    reset();
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    expect(record.requests.length).toBeGreaterThan(0);
    expect(foreign()).toEqual([]);
  });

  it('requests nothing from another origin for printing or a dark scheme', async () => {
    reset();
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    for (const path of pages) await page.goto(site.url + path, { waitUntil: 'networkidle' });
    await page.emulateMedia({ colorScheme: null, media: null });
    expect(foreign()).toEqual([]);
  });

  it.skipIf(!hasSearch())('requests nothing from another origin while searching', async () => {
    reset();
    await page.goto(`${site.url}search/`);
    expect(await showSearchResults(page, 'korea')).toBeGreaterThan(0);
    await page.goto(site.url);
    expect(await showSearchResults(page, 'partnership')).toBeGreaterThan(0);
    expect(record.requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(foreign()).toEqual([]);
  });

  it('notices a request to another origin', async () => {
    reset();
    await page.goto(site.url);
    await page.evaluate(() => fetch('http://localhost:9/tracker').catch(() => undefined));
    await expect.poll(foreign).toContain('http://localhost:9/tracker');
  });

  it('has no stylesheet that points at another origin', async () => {
    const files = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.css'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const css = await readFile(join(distDir, file), 'utf8');
      expect(css.match(/(url\(\s*['"]?|@import\s+['"])(https?:)?\/\/[^)'"]*/gi) ?? [], file).toEqual([]);
    }
  });
});
