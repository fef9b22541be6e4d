import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { watchContext, type PageRecord } from '../support/page-watch.ts';
import { announcement, HEADER_SEARCH, PAGE_SEARCH, resultsFor } from '../support/search-ui.ts';
import { BASE_PATH_BUILD, TEST_BASE_PATH } from '../support/site.ts';

const header = HEADER_SEARCH;
const searchPage = PAGE_SEARCH;

const isPagefind = (url: string) => /\/pagefind\//.test(url);
const isSearchCode = (url: string) => /\/_astro\/(search-ui|highlight-landing)[-.]/.test(url);

describe.skipIf(!hasBrowser)('keyword search in Chromium', () => {
  const { browser, site } = useBrowser();
  let context: BrowserContext;
  let page: Page;
  let record: PageRecord;

  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext();
    ({ record } = await watchContext(context));
    page = await context.newPage();
  });

  it('loads no search code until the field is focused, then shows results as you type', async () => {
    await page.goto(`${site.url}practical-cooperation/`);
    await page.waitForLoadState('networkidle');
    expect(record.requests.filter((url) => isPagefind(url) || isSearchCode(url))).toEqual([]);

    await page.locator(`${header} [data-search-input]`).click();
    await page.keyboard.type('Seoul');
    const list = await resultsFor(page, header, 'Seoul');
    expect(record.requests.some(isPagefind)).toBe(true);
    await expect.poll(() => page.locator(`${header} [data-search-panel]`).isVisible()).toBe(true);
    expect(await list.locator(':scope > li').count()).toBe(await list.locator('li').count());
    const first = list.locator(':scope > li').first();
    expect(await first.locator('.search-result__title').innerText()).toBe('Political dialogue');
    expect(await first.locator('[data-search-part] a').first().getAttribute('href')).toBe(
      '/political-dialogue/?highlight=Seoul#political-dialogue-2',
    );
    expect(await first.locator('mark').first().innerText()).toBe('Seoul');
    expect(await announcement(page, header)).toMatch(/^\d+ match(es)? in \d+ sections? for “Seoul”\.$/);
    expect(record.errors).toEqual([]);
    expect(record.violations).toEqual([]);
  });

  it('opens a paragraph result on the paragraph, words marked, with a clean address and a way to clear them', async () => {
    await page.goto(site.url);
    await page.locator(`${header} [data-search-input]`).fill('470');
    const list = await resultsFor(page, header, '470');
    await Promise.all([
      page.waitForURL(/practical-cooperation/),
      list.locator('a[href*="#practical-cooperation-1"]').click(),
    ]);
    await page.locator('mark.search-hit').first().waitFor();

    expect(page.url()).toBe(`${site.url}practical-cooperation/#practical-cooperation-1`);
    expect(await page.evaluate(() => (document.querySelector(':target') as HTMLElement | null)?.id)).toBe(
      'practical-cooperation-1',
    );
    const marks = page.locator('mark.search-hit');
    expect(await marks.allInnerTexts()).toEqual(['470']);
    expect(await page.locator('#practical-cooperation-1 mark.search-hit').count()).toBe(1);
    expect(await marks.first().isVisible()).toBe(true);
    const box = await marks.first().boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);

    const clear = page.getByRole('button', { name: 'Clear highlights' });
    expect(await clear.isVisible()).toBe(true);
    await clear.click();
    expect(await marks.count()).toBe(0);
    expect(await clear.count()).toBe(0);
    // The text is whole again, not split where the marks were.
    expect(await page.locator('#practical-cooperation-1').innerText()).toContain('some 470 personnel');
    expect(page.url()).toBe(`${site.url}practical-cooperation/#practical-cooperation-1`);
  });

  it('scrolls to the first match when the result has no fragment, and marks every form of the word', async () => {
    await page.setViewportSize({ width: 375, height: 640 });
    await page.goto(`${site.url}political-dialogue/?highlight=Demilitarized`);
    const mark = page.locator('mark.search-hit');
    await mark.first().waitFor();
    await expect.poll(async () => (await mark.first().boundingBox())!.y).toBeLessThan(640);
    expect(await mark.allInnerTexts()).toEqual(['Demilitarized']);
    expect(page.url()).toBe(`${site.url}political-dialogue/`);
  });

  it('keeps other parameters and a text fragment when it removes the highlight parameter', async () => {
    await page.goto(`${site.url}political-dialogue/?x=1&highlight=Seoul#:~:text=fifth%20round`);
    await page.locator('mark.search-hit').first().waitFor();
    // What the address bar shows: the history entry, which keeps the text directive that location hides.
    const cdp = await context.newCDPSession(page);
    const { currentIndex, entries } = await cdp.send('Page.getNavigationHistory');
    expect(entries[currentIndex]?.url).toBe(`${site.url}political-dialogue/?x=1#:~:text=fifth%20round`);
  });

  it('shows /search/?q= results without typing and keeps the address in step with the field', async () => {
    await page.goto(`${site.url}search/?q=Rasmussen`);
    const list = await resultsFor(page, searchPage, 'Rasmussen');
    expect(await page.locator(`${searchPage} [data-search-input]`).inputValue()).toBe('Rasmussen');
    expect(await list.locator(':scope > li').count()).toBeGreaterThanOrEqual(1);
    expect(await list.locator('a').first().getAttribute('href')).toMatch(
      /^\/political-dialogue\/\?highlight=Rasmussen/,
    );

    const marker = await page.evaluate(() => ((window as unknown as { kept: number }).kept = 42));
    const entries = await page.evaluate(() => history.length);
    await page.locator(`${searchPage} [data-search-input]`).fill('piracy');
    await resultsFor(page, searchPage, 'piracy');
    expect(page.url()).toBe(`${site.url}search/?q=piracy`);
    expect(await page.evaluate(() => (window as unknown as { kept?: number }).kept)).toBe(marker);
    // Replaced, not pushed: Back still leaves the search page in one step.
    expect(await page.evaluate(() => history.length)).toBe(entries);

    await page.getByRole('radio', { name: 'Overview' }).check();
    await resultsFor(page, searchPage, 'piracy');
    await expect
      .poll(() => page.locator(`${searchPage} [data-search-status]`).innerText())
      .toBe('No results for “piracy” in Overview.');
    expect(page.url()).toBe(`${site.url}search/?q=piracy&section=Overview`);
  });

  it('explains an alias and lands on the source spelling', async () => {
    await page.goto(`${site.url}search/?q=${encodeURIComponent('Park Geun-hye')}`);
    const list = await resultsFor(page, searchPage, 'Park Geun-hye');
    expect(await announcement(page, searchPage)).toContain('Searched the source’s wording: “Guen-hye” for “Geun-hye”.');
    const part = list.locator('a[href*="#political-dialogue-3"]').first();
    expect(await part.count()).toBe(1);
    await Promise.all([page.waitForURL(/political-dialogue\/#political-dialogue-3$/), part.click()]);
    await page.locator('mark.search-hit').first().waitFor();
    expect(await page.locator('#political-dialogue-3 mark.search-hit').allInnerTexts()).toEqual(['Park', 'Guen-hye']);
  });

  it('says clearly when nothing matches and offers the whole document and the terms', async () => {
    await page.goto(`${site.url}search/?q=xylophone`);
    const list = await resultsFor(page, searchPage, 'xylophone');
    expect(await list.locator('li').count()).toBe(0);
    expect(await announcement(page, searchPage)).toBe('No results for “xylophone”.');
    const help = page.locator(`${searchPage} [data-search-empty]`);
    expect(await help.isVisible()).toBe(true);
    expect(await help.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '/document/',
      '/terms/',
    ]);
  });

  it('works from the keyboard alone: Ctrl+K focuses search, arrows move, Enter opens, Escape closes then clears', async () => {
    await page.goto(`${site.url}political-dialogue/`);
    const input = page.locator(`${header} [data-search-input]`);
    expect(await input.getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K');
    expect(await page.locator(`${header} [data-search-shortcut]`).isVisible()).toBe(true);

    await page.keyboard.press('Control+k');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Afghan');
    const list = await resultsFor(page, header, 'Afghan');
    const links = await list
      .locator('a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(links.length).toBeGreaterThan(2);

    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);

    // Escape closes the results first, keeping the words; a second Escape clears them.
    await page.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('Afghan');
    expect(await page.locator(`${header} [data-search-panel]`).isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('');

    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+k');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Bagram');
    await resultsFor(page, header, 'Bagram');
    // The page's title link first, then its matching paragraph.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await Promise.all([page.waitForURL(/practical-cooperation/), page.keyboard.press('Enter')]);
    expect(target).toMatch(/#practical-cooperation-1$/);
    await page.locator('mark.search-hit').first().waitFor();
    expect(page.url()).toBe(`${site.url}practical-cooperation/#practical-cooperation-1`);
  });

  it('loads no search code on an empty search page until its field is used', async () => {
    await page.goto(`${site.url}search/`);
    await page.waitForLoadState('networkidle');
    expect(record.requests.filter((url) => isPagefind(url) || isSearchCode(url))).toEqual([]);
    await page.locator(`${searchPage} [data-search-input]`).fill('piracy');
    await resultsFor(page, searchPage, 'piracy');
    expect(record.requests.some(isPagefind)).toBe(true);
  });

  it('does not take / while someone types in a field', async () => {
    await page.goto(`${site.url}search/`);
    const pageInput = page.locator(`${searchPage} [data-search-input]`);
    await pageInput.click();
    await page.keyboard.type('a/b');
    expect(await pageInput.inputValue()).toBe('a/b');
  });

  it('without JavaScript, the header form leads to a search page that offers the whole document and the sections', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${site.url}practical-cooperation/`);
    await plain.locator(`${header} [data-search-input]`).fill('Seoul');
    await Promise.all([plain.waitForURL(/\/search\/\?q=Seoul$/), plain.keyboard.press('Enter')]);
    const fallback = plain.locator('.search-nojs');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.innerText()).toContain('Live search needs JavaScript');
    const hrefs = await fallback.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/document/', '/', '/practical-cooperation/', '/political-dialogue/', '/timeline/']);
    await noJs.close();
  });
});

describe.skipIf(!hasBrowser)(`keyword search under the base path ${TEST_BASE_PATH}`, () => {
  const { browser, site } = useBrowser(BASE_PATH_BUILD);

  it('loads the index from the base path and links results under it', async () => {
    const context = await browser.newContext();
    const { record } = await watchContext(context);
    const page = await context.newPage();
    await page.goto(`${site.url}search/?q=470`);
    const list = await resultsFor(page, searchPage, '470');
    expect(record.requests.filter(isPagefind).every((url) => url.includes(`${TEST_BASE_PATH}pagefind/`))).toBe(true);
    const part = list.locator('a[href*="#practical-cooperation-1"]').first();
    expect(await part.getAttribute('href')).toBe(
      `${TEST_BASE_PATH}practical-cooperation/?highlight=470#practical-cooperation-1`,
    );
    await Promise.all([page.waitForURL(/practical-cooperation/), part.click()]);
    await page.locator('mark.search-hit').first().waitFor();
    expect(page.url()).toBe(`${site.url}practical-cooperation/#practical-cooperation-1`);
    expect(record.failed).toEqual([]);
    expect(record.errors).toEqual([]);
    await context.close();
  });
});
