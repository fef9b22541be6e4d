import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { announcement } from '../support/search-ui.ts';

/**
 * Search on a slow network: every file search needs (its UI, Pagefind, the
 * index, the search data) arrives three seconds after it is asked for. The
 * widget says "Loading search…" within 300 ms of the first keystroke, once,
 * and then shows the results for what the reader typed meanwhile.
 */
const DELAY_MS = 3000;
const SEARCH_FILES = /\/(_astro\/search-ui\.|pagefind\/|search-data\/)/;
const header = '[data-search="header"]';
const searchPage = '[data-search="page"]';

interface StatusChange {
  at: number;
  text: string;
}

/** Records every text the status line of `root` shows, and when the reader first typed. */
function recordStatus(root: string): void {
  const w = window as unknown as { statusChanges: StatusChange[]; firstInput?: number };
  w.statusChanges = [];
  document.addEventListener('input', () => (w.firstInput ??= performance.now()), true);
  document.addEventListener('DOMContentLoaded', () => {
    const status = document.querySelector(`${root} [data-search-status]`)!;
    new MutationObserver(() => w.statusChanges.push({ at: performance.now(), text: status.textContent ?? '' })).observe(
      status,
      { childList: true, characterData: true, subtree: true },
    );
  });
}

const statusChanges = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { statusChanges: StatusChange[]; firstInput?: number };
    return { changes: w.statusChanges, firstInput: w.firstInput };
  });

describe.skipIf(!hasBrowser)('search on a slow network', () => {
  const { browser, site } = useBrowser();

  async function slowContext(root: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext();
    await context.route(SEARCH_FILES, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
      // The page may be gone by then.
      await route.continue().catch(() => undefined);
    });
    const page = await context.newPage();
    await page.addInitScript(recordStatus, root);
    return { context, page };
  }

  const resultsFor = (page: Page, root: string, query: string) =>
    page.waitForFunction(
      ([selector, q]) => document.querySelector(selector!)?.getAttribute('data-search-query') === q,
      [`${root} [data-search-results]`, query] as const,
      { timeout: 40_000 },
    );

  it('says "Loading search…" once, soon after the first keystroke, and then shows what was typed meanwhile', async () => {
    const { context, page } = await slowContext(header);
    await page.goto(`${site.url}practical-cooperation/`);
    await page.locator(`${header} [data-search-input]`).click();
    await page.keyboard.type('Seo');
    const status = page.locator(`${header} [data-search-status]`);
    await status.filter({ hasText: 'Loading search…' }).waitFor({ timeout: 2000 });
    expect(await page.locator(`${header} [data-search-panel]`).isVisible()).toBe(true);
    await page.keyboard.type('ul');

    await resultsFor(page, header, 'Seoul');
    expect(await page.locator(`${header} [data-search-input]`).inputValue()).toBe('Seoul');
    expect(await announcement(page, header)).toMatch(/^\d+ match(es)? in \d+ sections? for “Seoul”\.$/);
    const { changes, firstInput } = await statusChanges(page);
    expect(changes[0]!.text).toBe('Loading search…');
    expect(changes[0]!.at - firstInput!).toBeLessThanOrEqual(300);
    // Announced once: the live region never shows it a second time.
    expect(changes.filter((change) => change.text === 'Loading search…')).toHaveLength(1);
    await context.close();
  });

  it('keeps the words a reader types on the search page while search loads', async () => {
    const { context, page } = await slowContext(searchPage);
    await page.goto(`${site.url}search/?q=piracy`);
    const input = page.locator(`${searchPage} [data-search-input]`);
    // The shared words show at once, before search has loaded.
    expect(await input.inputValue()).toBe('piracy');
    await page.locator(`${searchPage} [data-search-status]`).filter({ hasText: 'Loading search…' }).waitFor({
      timeout: 2000,
    });
    await input.fill('Seoul');

    await resultsFor(page, searchPage, 'Seoul');
    expect(await input.inputValue()).toBe('Seoul');
    expect(page.url()).toBe(`${site.url}search/?q=Seoul`);
    const { changes } = await statusChanges(page);
    expect(changes.filter((change) => change.text === 'Loading search…')).toHaveLength(1);
    expect(changes.some((change) => change.text.includes('piracy'))).toBe(false);
    await context.close();
  });
});
