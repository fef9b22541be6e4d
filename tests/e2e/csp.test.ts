import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hasBrowser, launchBrowser } from '../support/browser.ts';
import { builtPages } from '../support/dist.ts';
import { watchContext, type PageRecord } from '../support/page-watch.ts';
import { hasSearch, showSearchResults } from '../support/search-ui.ts';
import { serveSite, type StaticSite } from '../support/server.ts';

const pages = await builtPages();

/**
 * Every page runs under two policies at once, as on a host that reads
 * public/_headers: the CSP header and the page's own CSP <meta>. The browser
 * enforces both; any blocked script, style, request or WebAssembly compile
 * fires a `securitypolicyviolation` event, which must never happen.
 */
describe.skipIf(!hasBrowser)('Content Security Policy in the browser', () => {
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

  it('is sent as a header and declared in a <meta> on every page', async () => {
    for (const path of pages) {
      const response = await page.goto(site.url + path);
      expect(response?.headers()['content-security-policy'], path).toContain("default-src 'self'");
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count(), path).toBe(1);
    }
  });

  it.each(pages)('blocks nothing on /%s', async (path) => {
    reset();
    await page.goto(site.url + path, { waitUntil: 'load' });
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(record.violations).toEqual([]);
    expect(record.console.filter((line) => /Content.Security.Policy/i.test(line))).toEqual([]);
  });

  it('lets the Pagefind engine load, compile its WebAssembly and search', async () => {
    reset();
    await page.goto(site.url);
    // A string, so the test runner leaves this import() for the browser to run.
    const count = await page.evaluate<number>(`(async () => {
      const pagefind = await import('${site.url}pagefind/pagefind.js');
      const search = await pagefind.search('korea');
      return search.results.length;
    })()`);
    expect(count).toBeGreaterThan(0);
    expect(record.violations).toEqual([]);
    expect(record.console).toEqual([]);
  });

  it.skipIf(!hasSearch())('blocks nothing while searching', async () => {
    reset();
    await page.goto(`${site.url}search/`);
    expect(await showSearchResults(page, 'korea')).toBeGreaterThan(0);
    await page.goto(site.url);
    expect(await showSearchResults(page, 'partnership')).toBeGreaterThan(0);
    expect(record.violations).toEqual([]);
    expect(record.console).toEqual([]);
  });

  it('stops a script injected into a page, so the policy is really in force', async () => {
    reset();
    await page.goto(site.url);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true;';
      document.body.append(script);
      return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => record.violations.length).toBeGreaterThan(0);
    expect(record.violations.join('\n')).toMatch(/script-src/);
  });

  it('stops a script from another origin with the <meta> policy alone', async () => {
    const bare = await browser.newContext();
    const watched = await watchContext(bare);
    // Drop the header so only the page's own <meta> policy is left.
    await bare.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    });
    const barePage = await bare.newPage();
    await barePage.goto(site.url);
    const loaded = await barePage.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const script = document.createElement('script');
          script.src = 'http://localhost:9/elsewhere.js';
          script.onload = () => resolve(true);
          script.onerror = () => resolve(false);
          document.head.append(script);
        }),
    );
    expect(loaded).toBe(false);
    await expect
      .poll(() => watched.record.violations.join('\n'))
      .toMatch(/script-src(-elem)? blocked http:\/\/localhost:9/);
    await bare.unrouteAll({ behavior: 'ignoreErrors' });
    await bare.close();
  });
});
