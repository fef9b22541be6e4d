import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { watchContext, type PageRecord } from '../support/page-watch.ts';
import { announcement, HEADER_SEARCH, PAGE_SEARCH, resultsFor } from '../support/search-ui.ts';

/**
 * Search that forgives: close spellings with a way back to the words as
 * typed, abbreviations matched as whole words, stop words that never make a
 * match, the help when nothing matches, and long queries cut.
 */
const header = HEADER_SEARCH;
const searchPage = PAGE_SEARCH;

describe.skipIf(!hasBrowser)('search that forgives, in Chromium', () => {
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

  it('shows the closest spelling’s results for a misspelt name, with a link to search it as typed', async () => {
    await page.goto(`${site.url}search/?q=Rasmusen`);
    const list = await resultsFor(page, searchPage, 'Rasmusen');
    expect(await announcement(page, searchPage)).toMatch(
      /^No results for “Rasmusen”\. Showing \d+ match(es)? in \d+ sections? for “Rasmussen”\.$/,
    );
    expect(await list.locator('a[href*="#political-dialogue-3"]').first().getAttribute('href')).toBe(
      '/political-dialogue/?highlight=Rasmussen#political-dialogue-3',
    );
    const asTyped = page.locator(`${searchPage} [data-search-as-typed]`);
    expect(await asTyped.isVisible()).toBe(true);
    expect(await asTyped.innerText()).toBe('Search for “Rasmusen” instead');
    expect(await asTyped.getAttribute('href')).toBe('/search/?q=Rasmusen&spelling=as-typed');

    // In place: the address says so, and the empty state offers the word of the text.
    await asTyped.click();
    expect(await announcement(page, searchPage)).toBe('No results for “Rasmusen”.');
    expect(page.url()).toBe(`${site.url}search/?q=Rasmusen&spelling=as-typed`);
    expect(await asTyped.isVisible()).toBe(false);
    const nearest = page.locator(`${searchPage} [data-search-nearest] a`);
    expect(await nearest.allInnerTexts()).toEqual(['Rasmussen']);
    expect(await nearest.getAttribute('href')).toBe('/search/?q=Rasmussen');
    expect(await page.locator(`${searchPage} [data-search-empty] a[href="/document/"]`).isVisible()).toBe(true);

    await nearest.click();
    await resultsFor(page, searchPage, 'Rasmussen');
    expect(await page.locator(`${searchPage} [data-search-input]`).inputValue()).toBe('Rasmussen');
    expect(page.url()).toBe(`${site.url}search/?q=Rasmussen`);
    expect(await announcement(page, searchPage)).toMatch(/^\d+ match(es)? in \d+ sections? for “Rasmussen”\.$/);
    // The vocabulary part of the misspelt word only, once.
    const parts = record.requests.filter((url) => url.includes('/search-data/words/'));
    expect(parts.map((url) => new URL(url).pathname)).toEqual(['/search-data/words/r.json']);
    expect(record.errors).toEqual([]);
  });

  it('searches a shared as-typed address as typed, and corrects again once the words change', async () => {
    await page.goto(`${site.url}search/?q=Brengleman&spelling=as-typed`);
    await resultsFor(page, searchPage, 'Brengleman');
    expect(await announcement(page, searchPage)).toBe('No results for “Brengleman”.');
    await page.locator(`${searchPage} [data-search-input]`).fill('Stoltenburg');
    await resultsFor(page, searchPage, 'Stoltenburg');
    expect(await announcement(page, searchPage)).toMatch(
      /Showing \d+ match(es)? in \d+ sections? for “Stoltenberg”\.$/,
    );
    expect(page.url()).toBe(`${site.url}search/?q=Stoltenburg`);
  });

  it('corrects in the header panel too, several wrong words together', async () => {
    await page.goto(`${site.url}political-dialogue/`);
    await page.locator(`${header} [data-search-input]`).click();
    await page.keyboard.type('Brengleman');
    const list = await resultsFor(page, header, 'Brengleman');
    expect(await announcement(page, header)).toMatch(
      /^No results for “Brengleman”\. Showing \d+ match(es)? in \d+ sections? for “Brengelmann”\.$/,
    );
    expect(await list.locator('a[href*="#political-dialogue-2"]').count()).toBeGreaterThan(0);
    const asTyped = page.locator(`${header} [data-search-as-typed]`);
    expect(await asTyped.getAttribute('href')).toBe('/search/?q=Brengleman&spelling=as-typed');

    await page.locator(`${header} [data-search-input]`).fill('Rasmusen Brengleman');
    await resultsFor(page, header, 'Rasmusen Brengleman');
    expect(await announcement(page, header)).toMatch(
      /^No results for “Rasmusen Brengleman”\. Showing \d+ match(es)? in \d+ sections? for “Rasmussen Brengelmann”\.$/,
    );
  });

  it('matches an abbreviation in capitals as a whole word only, or through its alias', async () => {
    await page.goto(`${site.url}search/?q=PRT`);
    const prt = await resultsFor(page, searchPage, 'PRT');
    const marks = await prt.locator('mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => /^\(?PRT\)?$/.test(mark))).toBe(true);

    // ANA is not in the text: its alias is, and "an" never matches it.
    await page.locator(`${searchPage} [data-search-input]`).fill('ANA');
    const ana = await resultsFor(page, searchPage, 'ANA');
    expect(await announcement(page, searchPage)).toContain(
      'Searched the source’s wording: “Afghan National Army” for “ANA”.',
    );
    expect(await ana.locator('a[href*="#"]').first().getAttribute('href')).toMatch(/#practical-cooperation-2$/);
    expect((await ana.locator('mark').allInnerTexts()).map((mark) => mark.toLowerCase())).not.toContain('an');

    // Three letters are never corrected, and capitals never into a lowercase word ("national").
    await page.locator(`${searchPage} [data-search-input]`).fill('NAT');
    await resultsFor(page, searchPage, 'NAT');
    expect(await announcement(page, searchPage)).toBe('No results for “NAT”.');
    expect(await page.locator(`${searchPage} [data-search-nearest] a`).allInnerTexts()).toEqual(['NATO']);
  });

  it('never makes a paragraph a result for "of" alone', async () => {
    await page.goto(`${site.url}search/?q=${encodeURIComponent('Gulf of Aden')}`);
    const list = await resultsFor(page, searchPage, 'Gulf of Aden');
    const parts = await list
      .locator('[data-search-part] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.replace(/\?[^#]*/, '')));
    expect(parts).toEqual([
      '/practical-cooperation/#practical-cooperation-3',
      '/terms/#term-gulf-of-aden',
      '/timeline/#undated-horn-of-africa-escorts',
    ]);
    const marks = await list.locator('mark').allInnerTexts();
    expect(marks.every((mark) => /^(Gulf|Aden)\W*$/.test(mark))).toBe(true);
  });

  it('says when nothing matches even after close spellings, and offers the whole document and the terms', async () => {
    await page.goto(`${site.url}political-dialogue/`);
    await page.locator(`${header} [data-search-input]`).click();
    await page.keyboard.type('xylophone');
    await resultsFor(page, header, 'xylophone');
    expect(await announcement(page, header)).toBe('No results for “xylophone”.');
    const help = page.locator(`${header} [data-search-empty]`);
    expect(await help.isVisible()).toBe(true);
    expect(await page.locator(`${header} [data-search-nearest]`).isVisible()).toBe(false);
    expect(await help.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '/document/',
      '/terms/',
    ]);
    expect(await page.locator(`${header} [data-search-as-typed]`).isVisible()).toBe(false);
  });

  it('cuts a pasted page of text and quotes only its first words', async () => {
    await page.goto(`${site.url}search/`);
    const long = `Afghanistan ${'interoperability '.repeat(400)}`.trim();
    await page.locator(`${searchPage} [data-search-input]`).fill(long);
    await resultsFor(page, searchPage, long);
    const status = await announcement(page, searchPage);
    expect(status.length).toBeLessThan(200);
    const quoted = /“(.+)”/.exec(status)![1]!;
    expect(quoted).toMatch(/^Afghanistan( interoperability)+…$/);
    expect(quoted.length).toBeLessThanOrEqual(81);
    expect(status).toMatch(/Only the start of this long query was searched\.$/);
  });

  it('without JavaScript, an as-typed address still leads to the whole document and the sections', async () => {
    const plain = await browser.newPage({ javaScriptEnabled: false });
    await plain.goto(`${site.url}search/?q=Rasmusen&spelling=as-typed`);
    const fallback = plain.locator('.search-nojs');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.locator('a').first().getAttribute('href')).toBe('/document/');
    expect(await plain.locator('[data-search-as-typed]:visible').count()).toBe(0);
    await plain.context().close();
  });
});
