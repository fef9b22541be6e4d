import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser } from '../../tools/browser.ts';
import { readPage } from '../../tools/dist.ts';
import { useBrowser } from '../support/browser-session.ts';
import { hasSearch } from '../support/search-ui.ts';
import { PAGES, SECTIONS } from '../support/site.ts';

/** Elements that hold reading text. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, figcaption, blockquote, td, th, caption';

/** Text compared without whitespace: markup and layout decide where line breaks fall. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The text of every reading block in <main> that a reader can see. */
function visibleBlocks(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const main = document.querySelector('main');
    if (!main) return [];
    return [...main.querySelectorAll<HTMLElement>(selector)]
      .filter((block) => {
        const box = block.getBoundingClientRect();
        return (
          block.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && box.width > 0 && box.height > 0
        );
      })
      .map((block) => block.innerText.trim())
      .filter((text) => text !== '');
  }, BLOCKS);
}

/** Controls that would do nothing without JavaScript, as readers would see them. */
function deadControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, [role="button"], input:not([type="hidden"]), select, textarea')]
      .filter((control) => control.checkVisibility({ visibilityProperty: true }))
      .filter(
        (control) =>
          !control.closest('form') ||
          control.getAttribute('type') === 'button' ||
          control.getAttribute('role') === 'button',
      )
      .map((control) => control.outerHTML.slice(0, 120)),
  );
}

/**
 * Every page reads completely without JavaScript: all its reading text is
 * there and visible, nothing waits for a script to appear, and no control is
 * shown that only a script could make work.
 */
describe.skipIf(!hasBrowser)('without JavaScript', () => {
  const { browser, site } = useBrowser();
  let withoutJs: Page;
  let withJs: Page;

  beforeAll(async () => {
    [withoutJs, withJs] = await Promise.all([browser.newPage({ javaScriptEnabled: false }), browser.newPage()]);
  });

  it.each(PAGES)('/%s shows all its reading text', async (path) => {
    await Promise.all([withoutJs.goto(site.url + path), withJs.goto(site.url + path)]);
    const [plain, enhanced] = await Promise.all([visibleBlocks(withoutJs), visibleBlocks(withJs)]);
    expect(plain.length, 'reading blocks without JavaScript').toBeGreaterThan(0);

    // Every heading and paragraph of the built page is on screen.
    const $ = await readPage(path);
    const headingsAndParagraphs = $('main')
      .find('h1, h2, h3, h4, h5, h6, p[id]')
      .toArray()
      .map((element) => squeeze($(element).text()))
      .filter((text) => text !== '');
    // Every page has at least its <h1>.
    expect(headingsAndParagraphs.length, 'headings and paragraphs in the built page').toBeGreaterThan(0);
    const plainText = plain.map(squeeze).join('\n');
    expect(headingsAndParagraphs.filter((text) => !plainText.includes(text))).toEqual([]);

    // What readers see with JavaScript, as far as the page itself carries it, they see without.
    const builtText = squeeze($('main').text());
    const plainBlocks = new Set(plain.map(squeeze));
    const missing = enhanced.filter((text) => builtText.includes(squeeze(text)) && !plainBlocks.has(squeeze(text)));
    expect(missing).toEqual([]);
  });

  it.each(PAGES)('/%s shows no control that needs JavaScript', async (path) => {
    await withoutJs.goto(site.url + path);
    expect(await deadControls(withoutJs)).toEqual([]);
  });

  it('lists every section, in reading order, as a plain link that opens it', async () => {
    await withoutJs.goto(site.url);
    const nav = withoutJs.locator('nav.section-nav');
    const entries = await nav
      .locator('a')
      .evaluateAll((anchors) => anchors.map((a) => [a.getAttribute('href'), a.textContent?.trim()]));
    expect(entries).toEqual([
      ...SECTIONS.map(({ path, title }) => [`/${path}`, title]),
      ['/document/', 'Whole document'],
      ['/terms/', 'Terms and names'],
    ]);
    const last = SECTIONS.at(-1)!;
    await Promise.all([
      withoutJs.waitForURL(site.url + last.path),
      nav.getByRole('link', { name: last.title, exact: true }).click(),
    ]);
    expect(await withoutJs.locator('nav.section-nav a[aria-current="page"]').textContent()).toBe(last.title);
  });

  it.skipIf(!hasSearch())(
    'searches by sending the form to the search page, which offers the whole document',
    async () => {
      await withoutJs.goto(site.url);
      await withoutJs.locator('header input[name="q"]').fill('korea');
      await Promise.all([
        withoutJs.waitForURL(/\/search\/\?q=korea$/),
        withoutJs.locator('header input[name="q"]').press('Enter'),
      ]);
      expect(await withoutJs.locator('main a[href$="/document/"]').count()).toBeGreaterThan(0);
    },
  );

  it('notices reading text that only a script would reveal', async () => {
    await withoutJs.goto(site.url);
    await withoutJs.evaluate(() => document.querySelector('main p[id]')?.setAttribute('hidden', ''));
    const shown = await visibleBlocks(withoutJs);
    const first = await withoutJs.evaluate(() => document.querySelector<HTMLElement>('main p[id]')?.innerText.trim());
    expect(first).toBeTruthy();
    expect(shown).not.toContain(first);
  });
});
