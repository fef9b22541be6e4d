import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { announcement, hasSearch, HEADER_SEARCH, PAGE_SEARCH, resultsFor } from '../support/search-ui.ts';

/**
 * What a screen-reader user hears from search: one announcement per word
 * typed, not one per letter, counting what is listed; and the header's
 * results as a combobox's popup that says whether it is open, tells how to
 * move into it, and closes with Escape before the words are cleared.
 */
const WIDE = { viewport: { width: 1280, height: 800 } } as const;
/** Slower than the search, faster than the pause the status waits for: each letter shows results. */
const KEY_DELAY_MS = 250;

const field = (page: Page, root: string) => page.locator(`${root} [data-search-input]`);

/** Starts recording every text the status line under `root` takes, from now on. */
async function recordStatus(page: Page, root: string): Promise<() => Promise<string[]>> {
  await page.evaluate((selector) => {
    const status = document.querySelector(`${selector} [data-search-status]`)!;
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  }, root);
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said);
}

/** Focuses the field and waits until search has loaded, so only the typing is measured. */
async function readyToType(page: Page, root: string): Promise<void> {
  await field(page, root).focus();
  await page.locator(`${root}[data-search-live]`).waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
}

/** The matches listed (each part, or the page when it shows none) and the sections (pages) they are in. */
function listed(page: Page, root: string): Promise<{ matches: number; sections: number }> {
  return page.locator(`${root} [data-search-results] > li`).evaluateAll((items) => ({
    matches: items.reduce((sum, li) => sum + Math.max(li.querySelectorAll('[data-search-part]').length, 1), 0),
    sections: items.length,
  }));
}

/** The header field as assistive technology gets it: its role, name, description and whether it is expanded. */
async function headerFieldAx(
  page: Page,
): Promise<{ role: string | undefined; description: string | undefined; expanded: boolean | undefined }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const fields = new Set(['combobox', 'searchbox', 'textbox']);
    const found = nodes.filter(
      (node) => !node.ignored && node.name?.value === 'Search this document' && fields.has(String(node.role?.value)),
    );
    expect(found).toHaveLength(1);
    const node = found[0]!;
    return {
      role: node.role?.value as string | undefined,
      description: (node.description?.value as string | undefined)?.replace(/\s+/g, ' '),
      expanded: node.properties?.find((p) => p.name === 'expanded')?.value.value as boolean | undefined,
    };
  } finally {
    await cdp.detach();
  }
}

describe.skipIf(!hasBrowser || !hasSearch())('search that speaks calmly', () => {
  const { browser, site } = useBrowser();
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext(WIDE);
    page = await context.newPage();
  });

  it.each([
    ['the header', 'political-dialogue/', HEADER_SEARCH],
    ['the search page', 'search/', PAGE_SEARCH],
  ])('typing “korea” key by key in %s is announced once, counting what is listed', async (_, path, root) => {
    await page.goto(site.url + path);
    await readyToType(page, root);
    const said = await recordStatus(page, root);
    await page.keyboard.type('korea', { delay: KEY_DELAY_MS });
    const list = await resultsFor(page, root, 'korea');
    const final = await announcement(page, root);
    // Long enough for any late announcement to show up.
    await page.waitForTimeout(1500);

    // A first search slowed down by a busy machine may also say "Loading search…", once.
    const texts = await said();
    expect(texts.filter((text) => text !== 'Loading search…')).toEqual([final]);
    expect(texts.filter((text) => text === 'Loading search…').length).toBeLessThanOrEqual(1);
    const { matches, sections } = await listed(page, root);
    expect(await list.locator(':scope > li').count()).toBe(sections);
    expect(sections).toBeGreaterThan(1);
    // “in 5 of 7 sections” when the header lists fewer pages than matched.
    expect(final).toMatch(new RegExp(`^${matches} matches in ${sections}( of \\d+)? sections for “korea”\\.$`));
  });

  it('results still follow each key while the status waits for the pause', async () => {
    await page.goto(`${site.url}search/`);
    await readyToType(page, PAGE_SEARCH);
    await page.keyboard.type('Seo');
    await resultsFor(page, PAGE_SEARCH, 'Seo');
    await page.keyboard.type('ul');
    await resultsFor(page, PAGE_SEARCH, 'Seoul');
    expect(await announcement(page, PAGE_SEARCH)).toMatch(/^\d+ match(es)? in \d+ sections? for “Seoul”\.$/);
  });
});

describe.skipIf(!hasBrowser || !hasSearch())('the header’s results as a combobox popup', () => {
  const { browser, site } = useBrowser();
  let page: Page;

  beforeEach(async () => {
    await page?.context().close();
    page = await browser.newPage(WIDE);
    await page.goto(`${site.url}political-dialogue/`);
  });

  it('says whether the results are open, and how to move into them', async () => {
    expect(await headerFieldAx(page)).toEqual({
      role: 'combobox',
      description: 'Arrow keys ↓ ↑ move through the results; Esc closes them.',
      expanded: false,
    });
    await field(page, HEADER_SEARCH).focus();
    await page.keyboard.type('Korea');
    await resultsFor(page, HEADER_SEARCH, 'Korea');
    expect((await headerFieldAx(page)).expanded).toBe(true);
    expect(await page.locator(`${HEADER_SEARCH} [data-search-hint]`).isVisible()).toBe(true);
    // The popup is a panel of links, so the field announces a dialog, not a listbox.
    expect(await field(page, HEADER_SEARCH).getAttribute('aria-haspopup')).toBe('dialog');
    const popup = page.getByRole('dialog', { name: 'Search results' });
    expect(await popup.count()).toBe(1);
    expect(await popup.getAttribute('id')).toBe(await field(page, HEADER_SEARCH).getAttribute('aria-controls'));
    expect(await popup.getByRole('link').count()).toBeGreaterThan(0);
  });

  it('Escape closes the results first and keeps the words; the second Escape clears them', async () => {
    const input = field(page, HEADER_SEARCH);
    const panel = page.locator(`${HEADER_SEARCH} [data-search-panel]`);
    await input.focus();
    await page.keyboard.type('Korea');
    await resultsFor(page, HEADER_SEARCH, 'Korea');

    // From a result: back to the field, results closed.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.isVisible()).toBe(false);
    expect(await input.inputValue()).toBe('Korea');

    // Down arrow opens them again and moves into them.
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await panel.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)).toBe(true);

    // In the field with the results open: Escape closes them, then clears the words.
    await input.focus();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('Korea');
    expect(await panel.isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
  });
});
