import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../../tools/browser.ts';
import { useWatchedSession } from '../support/page-watch.ts';
import { distDir } from '../../tools/paths.ts';
import { hasSearch, showSearchResults } from '../support/search-ui.ts';
import { PAGES } from '../support/site.ts';

/**
 * The site never asks another origin for anything: no fonts, no analytics, no
 * CDN. Readers' browsers talk to this site's server only. Checked where it
 * matters, in the browser's own request log, plus a scan of the stylesheets
 * for resources only some pages or media queries would load.
 */
describe.skipIf(!hasBrowser)('self-contained', () => {
  const session = useWatchedSession();

  // What the page asked for: requests made, and requests the CSP stopped first.
  const foreign = () =>
    [...session.record.requests, ...session.record.blocked].filter(
      (url) => new URL(url).origin !== new URL(session.site.url).origin,
    );

  it.each(PAGES)('requests nothing from another origin on /%s', async (path) => {
    session.reset();
    await session.page.goto(session.site.url + path, { waitUntil: 'networkidle' });
    expect(session.record.requests.length).toBeGreaterThan(0);
    expect(foreign()).toEqual([]);
  });

  it('requests nothing from another origin for printing or a dark scheme', async () => {
    session.reset();
    await session.page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    for (const path of PAGES) await session.page.goto(session.site.url + path, { waitUntil: 'networkidle' });
    await session.page.emulateMedia({ colorScheme: null, media: null });
    expect(foreign()).toEqual([]);
  });

  it.skipIf(!hasSearch())('requests nothing from another origin while searching', async () => {
    session.reset();
    await session.page.goto(`${session.site.url}search/`);
    expect(await showSearchResults(session.page, 'korea')).toBeGreaterThan(0);
    await session.page.goto(session.site.url);
    expect(await showSearchResults(session.page, 'partnership')).toBeGreaterThan(0);
    expect(session.record.requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(foreign()).toEqual([]);
  });

  it('notices a request to another origin', async () => {
    session.reset();
    await session.page.goto(session.site.url);
    await session.page.evaluate(() => fetch('http://localhost:9/tracker').catch(() => undefined));
    await expect.poll(foreign).toContain('http://localhost:9/tracker');
  });

  it('has no stylesheet that points at another origin', async () => {
    const files = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.css'));
    // The site's one stylesheet.
    expect(files).toHaveLength(1);
    for (const file of files) {
      const css = await readFile(join(distDir, file), 'utf8');
      expect(css.match(/(url\(\s*['"]?|@import\s+['"])(https?:)?\/\/[^)'"]*/gi) ?? [], file).toEqual([]);
    }
  });
});
