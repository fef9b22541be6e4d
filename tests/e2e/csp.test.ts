import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../../tools/browser.ts';
import { useWatchedSession, watchContext } from '../support/page-watch.ts';
import { hasSearch, showSearchResults } from '../support/search-ui.ts';
import { PAGES } from '../support/site.ts';

/**
 * Every page runs under two policies at once, as on a host that reads
 * public/_headers: the CSP header and the page's own CSP <meta>. The browser
 * enforces both; any blocked script, style, request or WebAssembly compile
 * fires a `securitypolicyviolation` event, which must never happen.
 */
describe.skipIf(!hasBrowser)('Content Security Policy in the browser', () => {
  const session = useWatchedSession();

  it.each(PAGES)('blocks nothing on /%s, under the header and the <meta> policy', async (path) => {
    session.reset();
    const response = await session.page.goto(session.site.url + path, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(await session.page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    await session.page.evaluate(() => new Promise(requestAnimationFrame));
    expect(session.record.violations).toEqual([]);
    expect(session.record.console.filter((line) => /Content.Security.Policy/i.test(line))).toEqual([]);
  });

  it('lets the Pagefind engine load, compile its WebAssembly and search', async () => {
    session.reset();
    await session.page.goto(session.site.url);
    // A string, so the test runner leaves this import() for the browser to run.
    const count = await session.page.evaluate<number>(`(async () => {
      const pagefind = await import('${session.site.url}pagefind/pagefind.js');
      const search = await pagefind.search('korea');
      return search.results.length;
    })()`);
    expect(count).toBeGreaterThan(0);
    expect(session.record.violations).toEqual([]);
    expect(session.record.console).toEqual([]);
  });

  it.skipIf(!hasSearch())('blocks nothing while searching', async () => {
    session.reset();
    await session.page.goto(`${session.site.url}search/`);
    expect(await showSearchResults(session.page, 'korea')).toBeGreaterThan(0);
    await session.page.goto(session.site.url);
    expect(await showSearchResults(session.page, 'partnership')).toBeGreaterThan(0);
    expect(session.record.violations).toEqual([]);
    expect(session.record.console).toEqual([]);
  });

  it('stops a script injected into a page, so the policy is really in force', async () => {
    session.reset();
    await session.page.goto(session.site.url);
    const ran = await session.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true;';
      document.body.append(script);
      return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => session.record.violations.length).toBeGreaterThan(0);
    expect(session.record.violations.join('\n')).toMatch(/script-src/);
  });

  it('stops a script from another origin with the <meta> policy alone', async () => {
    const bare = await session.browser.newContext();
    const watched = await watchContext(bare);
    // Drop the header so only the page's own <meta> policy is left.
    await bare.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    });
    const barePage = await bare.newPage();
    await barePage.goto(session.site.url);
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
