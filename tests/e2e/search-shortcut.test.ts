import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { hasSearch, HEADER_SEARCH } from '../support/search-ui.ts';

/**
 * A shortcut that cannot ambush (WCAG 2.1.4): search is Ctrl/⌘+K only. No
 * single key, "/" included, moves the focus, from a link, a button or the
 * text; Ctrl+K works from anywhere but inside a field, where it is the
 * field's own.
 */
const WIDE = { viewport: { width: 1280, height: 800 } } as const;

const headerField = (page: Page) => page.locator(`${HEADER_SEARCH} [data-search-input]`);
const inHeaderField = (page: Page) => headerField(page).evaluate((el) => el === document.activeElement);
const focusedIs = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
/** Puts the focus back on the page itself, as a click on the text does. */
const focusOnText = (page: Page) =>
  page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
  });

describe.skipIf(!hasBrowser || !hasSearch())('the search shortcut', () => {
  const { browser, site } = useBrowser();
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext(WIDE);
    page = await context.newPage();
    await page.goto(`${site.url}political-dialogue/`);
  });

  it.each([
    ['a link in the text', 'main a[href]'],
    ['a link in the navigation', 'nav.section-nav a[href]'],
    ['the search form’s button', `${HEADER_SEARCH} button[type="submit"]`],
  ])('"/" does nothing while the focus is on %s', async (_, selector) => {
    const control = page.locator(selector).first();
    expect(await control.count()).toBe(1);
    await control.focus();
    await page.keyboard.press('/');
    expect(await focusedIs(page, selector)).toBe(true);
    expect(await inHeaderField(page)).toBe(false);
  });

  it('no single key moves the focus from the text either', async () => {
    for (const key of ['/', 's', 'k']) {
      await focusOnText(page);
      await page.keyboard.press(key);
      expect(await inHeaderField(page), key).toBe(false);
    }
  });

  it('Ctrl+K and ⌘+K jump to the search field from the text and from a link, and are named on the field', async () => {
    expect(await headerField(page).getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K');
    expect(await page.locator(`${HEADER_SEARCH} [data-search-shortcut]`).innerText()).toMatch(/^Ctrl\s*K$/);
    for (const [start, chord] of [
      ['text', 'Control+k'],
      ['link', 'Meta+k'],
    ] as const) {
      if (start === 'text') await focusOnText(page);
      else await page.locator('main a[href]').first().focus();
      await page.keyboard.press(chord);
      expect(await inHeaderField(page), `${chord} from the ${start}`).toBe(true);
    }
  });

  it('Ctrl+K inside another field is left to that field', async () => {
    await page.goto(`${site.url}404.html`);
    const other = page.locator('#not-found-search');
    await other.focus();
    await page.keyboard.press('Control+k');
    expect(await other.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
