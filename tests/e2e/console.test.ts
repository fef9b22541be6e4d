import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hasBrowser, launchBrowser } from '../support/browser.ts';
import { builtPages } from '../support/dist.ts';
import { watchContext, type PageRecord } from '../support/page-watch.ts';
import { hasSearch, showSearchResults } from '../support/search-ui.ts';
import { serveSite, type StaticSite } from '../support/server.ts';

const pages = await builtPages();

/** A page that works logs nothing alarming: no error, no warning, no failed request. */
describe.skipIf(!hasBrowser)('browser console', () => {
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

  function problems(): string[] {
    return [...record.console, ...record.errors, ...record.failed];
  }

  it.each(pages)('stays quiet on /%s', async (path) => {
    reset();
    // Until the network is quiet: late work (deferred modules, the search
    // page's index and worker) runs and reports before the next page.
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    expect(problems()).toEqual([]);
  });

  it('stays quiet when following a link to a paragraph', async () => {
    reset();
    const paragraph = await (async () => {
      await page.goto(site.url + (pages.find((path) => path !== '' && path.endsWith('/')) ?? ''));
      return page.locator('main p[id]').first().getAttribute('id');
    })();
    await page.goto(`${page.url()}#${paragraph}`);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(problems()).toEqual([]);
  });

  it.skipIf(!hasSearch())('stays quiet while searching', async () => {
    reset();
    await page.goto(`${site.url}search/?q=korea`);
    await page.locator('[data-search-results][data-search-query]').waitFor({ state: 'attached' });
    await page.goto(site.url);
    expect(await showSearchResults(page, 'partnership')).toBeGreaterThan(0);
    expect(await showSearchResults(page, 'zzzznothing')).toBe(0);
    expect(problems()).toEqual([]);
  });

  it('notices a page that logs an error', async () => {
    reset();
    await page.goto(site.url);
    await page.evaluate(() => console.error('something broke'));
    await expect.poll(() => record.console).toEqual([expect.stringContaining('something broke')]);
  });
});
