import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { hasSearch } from '../support/search-ui.ts';

/**
 * A page opened from a search result: the "Search highlights" bar sits right
 * after the highlighted paragraph in the text's flow, so Tab reaches "Clear
 * highlights" straight after that paragraph's own controls, its note is
 * announced once, and at no width does it cover a highlighted word.
 */
const LANDED = 'political-dialogue/?highlight=Seoul#political-dialogue-2';
/** 1280 px at 400 % zoom, and a phone. */
const NARROW_WIDTHS = [320, 375] as const;

/** Records every text the bar's status takes, from the page's first script on. */
const recordLandingNote = () => {
  const said: string[] = [];
  (window as unknown as { said: string[] }).said = said;
  new MutationObserver(() => {
    const note = document.querySelector('[data-search-landing] [role="status"]');
    if (note && note.textContent !== (said.at(-1) ?? '')) said.push(note.textContent ?? '');
  }).observe(document, { childList: true, characterData: true, subtree: true });
};

const clearButton = (page: Page) => page.getByRole('button', { name: 'Clear highlights' });

describe.skipIf(!hasBrowser || !hasSearch())('the Search highlights bar', () => {
  const { browser, site } = useBrowser();

  it('follows the landed paragraph and is the next tab stop after its own controls', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url + LANDED);
    await clearButton(page).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('political-dialogue-2');

    const placed = await page.evaluate(() => {
      const bar = document.querySelector('[data-search-landing]')!;
      return { after: bar.previousElementSibling?.id, inMain: bar.closest('main') !== null };
    });
    expect(placed).toEqual({ after: 'political-dialogue-2', inMain: true });

    const controls = await page.locator('#political-dialogue-2').locator('a[href], button').count();
    expect(controls).toBeGreaterThanOrEqual(1);
    const stops: string[] = [];
    for (let stop = 0; stop <= controls; stop += 1) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() =>
          document.activeElement?.closest('#political-dialogue-2')
            ? 'in the paragraph'
            : (document.activeElement?.textContent ?? ''),
        ),
      );
    }
    expect(stops).toEqual([...Array<string>(controls).fill('in the paragraph'), 'Clear highlights']);
    await page.context().close();
  });

  it('announces how many matches are highlighted, once', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(recordLandingNote);
    const page = await context.newPage();
    await page.goto(site.url + LANDED);
    await clearButton(page).waitFor();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual([
      '1 match highlighted for “Seoul”.',
    ]);
    await context.close();
  });

  it.each(NARROW_WIDTHS)('at %i px wide covers no highlighted word, wherever the page is scrolled', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 640 } });
    await page.goto(`${site.url}political-dialogue/?highlight=Korea#political-dialogue-1`);
    await clearButton(page).waitFor();
    const overlaps = async () =>
      page.evaluate(() => {
        const bar = document.querySelector('[data-search-landing]')!.getBoundingClientRect();
        const marks = [...document.querySelectorAll('mark.search-hit')].flatMap((mark) => [...mark.getClientRects()]);
        const hits = marks.filter(
          (r) => r.left < bar.right && r.right > bar.left && r.top < bar.bottom && r.bottom > bar.top,
        );
        return { marks: marks.length, hits: hits.length };
      });
    const scrolls = [0, 0.5, 1];
    const seen = [];
    for (const at of scrolls) {
      await page.evaluate((f) => scrollTo(0, f * (document.documentElement.scrollHeight - innerHeight)), at);
      seen.push(await overlaps());
    }
    expect(seen).toHaveLength(scrolls.length);
    for (const { marks, hits } of seen) {
      expect(marks).toBeGreaterThan(1);
      expect(hits).toBe(0);
    }
    await page.context().close();
  });
});
