import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../../tools/browser.ts';
import { useWatchedSession } from '../support/page-watch.ts';
import { hasSearch, showSearchResults } from '../support/search-ui.ts';
import { PAGES, SOURCE_SECTIONS } from '../support/site.ts';

/** A page that works logs nothing alarming: no error, no warning, no failed request. */
describe.skipIf(!hasBrowser)('browser console', () => {
  const session = useWatchedSession();

  function problems(): string[] {
    return [...session.record.console, ...session.record.errors, ...session.record.failed];
  }

  it.each(PAGES)('stays quiet on /%s', async (path) => {
    session.reset();
    // Until the network is quiet: late work (deferred modules, the search
    // page's index and worker) runs and reports before the next session.page.
    await session.page.goto(session.site.url + path, { waitUntil: 'networkidle' });
    expect(problems()).toEqual([]);
  });

  it('stays quiet when following a link to a paragraph', async () => {
    session.reset();
    const paragraph = await (async () => {
      await session.page.goto(session.site.url + (SOURCE_SECTIONS[1]?.path ?? ''));
      return session.page.locator('main p[id]').first().getAttribute('id');
    })();
    await session.page.goto(`${session.page.url()}#${paragraph}`);
    await session.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(problems()).toEqual([]);
  });

  it.skipIf(!hasSearch())('stays quiet while searching', async () => {
    session.reset();
    await session.page.goto(`${session.site.url}search/?q=korea`);
    await session.page.locator('[data-search-results][data-search-query]').waitFor({ state: 'attached' });
    await session.page.goto(session.site.url);
    expect(await showSearchResults(session.page, 'partnership')).toBeGreaterThan(0);
    expect(await showSearchResults(session.page, 'zzzznothing')).toBe(0);
    expect(problems()).toEqual([]);
  });

  it('notices a page that logs an error', async () => {
    session.reset();
    await session.page.goto(session.site.url);
    await session.page.evaluate(() => console.error('something broke'));
    await expect.poll(() => session.record.console).toEqual([expect.stringContaining('something broke')]);
  });
});
