import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { distDir } from '../../tools/paths.ts';

/** The two search widgets, as the hook contract scopes them. */
export const HEADER_SEARCH = '[data-search="header"]';
export const PAGE_SEARCH = '[data-search="page"]';

/** Waits until the UI under `root` has rendered its results for `query` (the hook contract). */
export async function resultsFor(page: Page, root: string, query: string): Promise<Locator> {
  await page.waitForFunction(
    ([selector, q]) => document.querySelector(selector!)?.getAttribute('data-search-query') === q,
    [`${root} [data-search-results]`, query] as const,
  );
  return page.locator(`${root} [data-search-results]`);
}

/** Whether the build has the search page and its Pagefind index. */
export const hasSearch = (dir = distDir): boolean =>
  existsSync(join(dir, 'search/index.html')) && existsSync(join(dir, 'pagefind/pagefind.js'));

/** The page's own search box on /search/, else the one in the header. */
export async function searchBox(page: Page): Promise<Locator> {
  const inMain = page.locator('main [data-search]');
  return (await inMain.count()) > 0 ? inMain.first() : page.locator('[data-search]').first();
}

/**
 * Types `query` into the page's search field as a person would and waits until
 * the results for all of it are rendered; returns how many there are.
 */
export async function showSearchResults(page: Page, query: string): Promise<number> {
  const box = await searchBox(page);
  const input = box.locator('[data-search-input]');
  // On a narrow screen the header's field is folded behind its Search button, as a reader finds it.
  if (!(await input.isVisible())) await page.locator('details', { has: box }).locator(':scope > summary').click();
  await input.focus();
  await input.fill('');
  await page.keyboard.type(query);
  await box
    .locator(`[data-search-results][data-search-query=${JSON.stringify(query)}]`)
    .waitFor({ state: 'attached', timeout: 10_000 });
  return box.locator('[data-search-results] > li').count();
}

/**
 * The status line's announcement about the words now in the field under
 * `root`, once it is made: it waits for a pause in the typing, so it follows
 * the results by about a second.
 */
export async function announcement(page: Page, root: string): Promise<string> {
  await page.waitForFunction((selector) => {
    const input = document.querySelector<HTMLInputElement>(`${selector} [data-search-input]`);
    const status = document.querySelector<HTMLElement>(`${selector} [data-search-status]`);
    return input !== null && status?.dataset['searchQuery'] === input.value;
  }, root);
  return page.locator(`${root} [data-search-status]`).innerText();
}
