import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { distDir } from './paths.ts';

/** Whether the build has the search page and its Pagefind index. */
export const hasSearch = (dir = distDir): boolean =>
  existsSync(join(dir, 'search/index.html')) && existsSync(join(dir, 'pagefind/pagefind.js'));

/**
 * Types `query` into the page's search field as a person would and waits until
 * the results for it are rendered; returns how many there are.
 */
export async function showSearchResults(page: Page, query: string): Promise<number> {
  const input = page.locator('[data-search-input]').first();
  await input.click();
  await input.fill('');
  await page.keyboard.type(query);
  const results = page.locator('[data-search-results][data-search-query]');
  await results.first().waitFor({ state: 'attached', timeout: 10_000 });
  return page.locator('[data-search-results] li').count();
}
