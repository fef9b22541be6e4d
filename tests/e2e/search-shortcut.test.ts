import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { hasSearch, HEADER_SEARCH, PAGE_SEARCH } from '../support/search-ui.ts';

/**
 * Shortcuts that cannot ambush (WCAG 2.1.4): "/" jumps to search only from
 * the text, never from a link, button or field, and a reader can turn it off
 * on the search page; Ctrl/⌘+K always works.
 */
const WIDE = { viewport: { width: 1280, height: 800 } } as const;

const headerField = (page: Page) => page.locator(`${HEADER_SEARCH} [data-search-input]`);
const focusedIs = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
/** Puts the focus back on the page itself, as a click on the text does. */
const focusOnText = (page: Page) =>
  page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
  });

describe.skipIf(!hasBrowser || !hasSearch())('the / shortcut', () => {
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
    ['the search form’s button', '[data-search="header"] button[type="submit"]'],
  ])('does nothing while the focus is on %s', async (_, selector) => {
    const control = page.locator(selector).first();
    expect(await control.count()).toBe(1);
    await control.focus();
    await page.keyboard.press('/');
    expect(await focusedIs(page, selector)).toBe(true);
    expect(await headerField(page).evaluate((el) => el === document.activeElement)).toBe(false);
  });

  it('jumps to the search field from the text, and Ctrl+K from anywhere but a field', async () => {
    await focusOnText(page);
    await page.keyboard.press('/');
    expect(await headerField(page).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await headerField(page).inputValue()).toBe('');

    await page.locator('main a[href]').first().focus();
    await page.keyboard.press('Control+k');
    expect(await headerField(page).evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('can be turned off on the search page, for every page, and on again', async () => {
    await page.goto(`${site.url}search/`);
    const setting = page.getByRole('checkbox', { name: /Jump to the search field with the \/ key/ });
    expect(await setting.isVisible()).toBe(true);
    expect(await setting.isChecked()).toBe(true);
    await setting.uncheck();
    expect(await page.locator(`${PAGE_SEARCH} [data-search-input]`).getAttribute('aria-keyshortcuts')).toBe(
      'Control+K Meta+K',
    );

    await page.goto(`${site.url}political-dialogue/`);
    expect(await headerField(page).getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K');
    // The hint shows only the shortcut there is.
    expect(await page.locator(`${HEADER_SEARCH} [data-search-shortcut]`).innerText()).toMatch(/^Ctrl\s*K$/);
    await focusOnText(page);
    await page.keyboard.press('/');
    expect(await headerField(page).evaluate((el) => el === document.activeElement)).toBe(false);
    await page.keyboard.press('Control+k');
    expect(await headerField(page).evaluate((el) => el === document.activeElement)).toBe(true);

    await page.goto(`${site.url}search/`);
    expect(await setting.isChecked()).toBe(false);
    await setting.check();
    await page.goto(`${site.url}political-dialogue/`);
    expect(await headerField(page).getAttribute('aria-keyshortcuts')).toBe('/ Control+K Meta+K');
    await focusOnText(page);
    await page.keyboard.press('/');
    expect(await headerField(page).evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('the setting is not offered without JavaScript, where there are no shortcuts', async () => {
    const plain = await browser.newPage({ ...WIDE, javaScriptEnabled: false });
    await plain.goto(`${site.url}search/`);
    expect(await plain.getByRole('checkbox', { name: /\/ key/ }).count()).toBe(0);
    await plain.context().close();
  });
});
