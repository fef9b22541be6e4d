import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser } from '../../tools/browser.ts';
import { astroBuild, projectCopy } from '../../tools/build.ts';
import { useBrowser } from '../support/browser-session.ts';
import { watchContext, type PageRecord } from '../support/page-watch.ts';
import { showSearchResults } from '../support/search-ui.ts';

/**
 * Text that looks like markup, in a section's title and text. Each piece
 * would set `window.markupRan` if a browser ever treated it as HTML.
 */
const MARKUP = [
  '<img src="x" onerror="window.markupRan = true">',
  '<script>window.markupRan = true</script>',
  '<b>bold</b> &amp; <a href="javascript:window.markupRan = true">link</a>',
];
const TITLE = 'Dialogue <i>zebrafixture</i>';
const PARAGRAPH = `The zebrafixture paragraph quotes ${MARKUP.join(' then ')} as plain text.`;

/**
 * A copy of the site with an editorial section whose title and paragraph hold
 * markup-looking text, built and indexed like the real one. Search must show that text as text: no element made from it, no
 * script run, nothing for the CSP to block.
 */
describe.skipIf(!hasBrowser)('search shows markup-looking page text as text', () => {
  let fixture: { root: string; dispose: () => Promise<void> } | undefined;
  let page: Page;
  let record: PageRecord;

  // Registered first, so the fixture is built before the shared setup serves it.
  beforeAll(async () => {
    fixture = await projectCopy('markup-fixture-');
    // Made-up text, so an editorial section of its own; character references
    // keep MDX from reading the markup-looking text as elements.
    const escaped = PARAGRAPH.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    await writeFile(
      join(fixture.root, 'content/sections/markup-fixture.mdx'),
      `---\ntitle: ${JSON.stringify(TITLE)}\norder: 90\neditorial: true\nsummary: A test fixture.\nevidence:\n  - NATO and the Republic of Korea initiated dialogue in 2005.\n---\n\n<p data-editorial>${escaped}</p>\n`,
    );
    const result = await astroBuild(fixture.root, { OUT_DIR: 'out' });
    if (result.code !== 0) throw new Error(`The fixture site did not build:\n${result.output}`);
  }, 180_000);
  afterAll(async () => {
    await fixture?.dispose();
  });

  const { browser, site } = useBrowser({ dir: () => join(fixture!.root, 'out'), base: '/' });

  beforeAll(async () => {
    const context = await browser.newContext();
    ({ record } = await watchContext(context));
    page = await context.newPage();
  });

  /** The rendered results: their text, and any element the page text could have made. */
  async function results(query: string): Promise<{ text: string; foreign: string[] }> {
    expect(await showSearchResults(page, query)).toBeGreaterThan(0);
    return page
      .locator('[data-search-results][data-search-query]')
      .first()
      .evaluate((list) => ({
        text: list.textContent ?? '',
        foreign: [...list.querySelectorAll('img, script, b, i, a[href^="javascript:"], [onerror]')].map(
          (element) => element.outerHTML,
        ),
      }));
  }

  it('the fixture page itself shows the markup as text', async () => {
    await page.goto(`${site.url}markup-fixture/`);
    const main = await page.locator('main').innerText();
    for (const piece of MARKUP) expect(main).toContain(piece);
    expect(await page.locator('main img, main b').count()).toBe(0);
  });

  it('in the header results', async () => {
    await page.goto(site.url);
    const { text, foreign } = await results('zebrafixture');
    expect(foreign).toEqual([]);
    expect(text).toContain('<img src="x"');
    expect(text).toContain('<i>zebrafixture</i>');
  });

  it('on the search page', async () => {
    await page.goto(`${site.url}search/`);
    const { text, foreign } = await results('zebrafixture');
    expect(foreign).toEqual([]);
    expect(text).toContain('<i>zebrafixture</i>');
  });

  it('on the page a result opens, with the searched word highlighted', async () => {
    await page.goto(`${site.url}search/`);
    await results('zebrafixture');
    const link = page.locator('[data-search-results] a[href*="markup-fixture"]').last();
    await Promise.all([page.waitForURL(/markup-fixture/, { waitUntil: 'load' }), link.click()]);
    const made = 'main img, main b, main script:not([src]):not([type="application/ld+json"])';
    expect(await page.locator(made).evaluateAll((found) => found.map((e) => e.outerHTML))).toEqual([]);
    // The landing page marks the searched words once its script has run, after load.
    await expect.poll(() => page.locator('main mark').allInnerTexts()).toContain('zebrafixture');
    expect(await page.locator('main').innerText()).toContain('<script>window.markupRan = true</script>');
  });

  it('ran no script and tripped no policy along the way', async () => {
    expect(await page.evaluate(() => (window as unknown as { markupRan?: boolean }).markupRan)).toBeUndefined();
    expect(record.violations).toEqual([]);
    expect(record.errors).toEqual([]);
  });
});
