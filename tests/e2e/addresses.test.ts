import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { BASE_PATH_BUILD } from '../support/site.ts';

/**
 * Addresses as readers type them, served the way `npm start` serves the
 * site (tools/server.ts): a page without its trailing slash is redirected
 * to it, keeping the query and the fragment; an unknown address is a 404.
 */
describe.skipIf(!hasBrowser)('addresses readers type', () => {
  const { browser, site, serve } = useBrowser();
  const based = serve(BASE_PATH_BUILD);

  it('leads /political-dialogue to /political-dialogue/, with the query and the fragment', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}political-dialogue?from=mail#political-dialogue-2`);
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(`${site.url}political-dialogue/?from=mail#political-dialogue-2`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('political-dialogue-2');
    // Relative links work from the page's real address.
    expect(await page.locator('link[rel="stylesheet"]').evaluate((link: HTMLLinkElement) => link.sheet !== null)).toBe(
      true,
    );
  });

  it('does the same under a base path', async () => {
    const page = await browser.newPage();
    await page.goto(`${based.url}timeline`);
    expect(page.url()).toBe(`${based.url}timeline/`);
    expect(await page.locator('h1').innerText()).toContain('Timeline');
  });

  it('answers an unknown address with 404 and the page that offers search and the sections', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}political-dialog/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
  });
});
