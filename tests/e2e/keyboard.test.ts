import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { settled } from '../support/scrolling.ts';
import { hasSearch, searchBox } from '../support/search-ui.ts';

/** The focused element, and whether a sighted keyboard user can see that it is focused. */
interface FocusStop {
  element: string;
  visible: boolean;
  why: string;
}

function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return { element: 'body', visible: false, why: 'nothing is focused' };
    const element = `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}${[...active.classList].map((c) => `.${c}`).join('')} “${(active.innerText || active.getAttribute('aria-label') || '').trim().slice(0, 40)}”`;
    const box = active.getBoundingClientRect();
    const style = getComputedStyle(active);
    const onScreen =
      box.width >= 4 &&
      box.height >= 4 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < innerHeight &&
      box.left < innerWidth;
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    const why = !active.matches(':focus-visible')
      ? 'not :focus-visible'
      : !onScreen
        ? `off screen or tiny (${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)})`
        : !ring
          ? 'no outline or focus shadow'
          : '';
    return { element, visible: why === '', why };
  });
}

/**
 * Presses `key` until the focused element matches `selector`, checking at
 * every stop on the way that the focus can be seen. Returns the stops that
 * could not be seen.
 */
async function moveFocusTo(page: Page, selector: string, key = 'Tab', maxStops = 60): Promise<string[]> {
  const unseen: string[] = [];
  for (let stop = 0; stop < maxStops; stop += 1) {
    await page.keyboard.press(key);
    let here = await focusStop(page);
    // The browser glides a focused element into view (scroll-behavior: smooth): judge it once there.
    if (here.why.startsWith('off screen')) {
      await settled(page);
      here = await focusStop(page);
    }
    if (!here.visible) unseen.push(`${here.element}: ${here.why} (stop ${stop + 1} on ${page.url()})`);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return unseen;
  }
  throw new Error(`${key} never reached ${selector} within ${maxStops} stops on ${page.url()}`);
}

/**
 * A keyboard-only reader: skip link, then the section navigation, then search,
 * a result, and a paragraph link, with the focus visible at every stop.
 */
describe.skipIf(!hasBrowser)('keyboard only', () => {
  const { browser, site } = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  it('the skip link comes first, shows itself and moves the focus to the content', async () => {
    await page.goto(site.url);
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    expect(stop.element).toMatch(/^a\.skip-link/);
    expect(stop.why).toBe('');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    // The next Tab lands inside the content, past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    expect((await focusStop(page)).why).toBe('');
  });

  it('the section navigation opens another section', async () => {
    await page.goto(site.url);
    const unseen = await moveFocusTo(page, 'nav.section-nav a[href$="/political-dialogue/"]');
    expect(unseen).toEqual([]);
    await Promise.all([page.waitForURL(/\/political-dialogue\/$/), page.keyboard.press('Enter')]);
    expect(await page.locator('nav.section-nav a[aria-current="page"]').getAttribute('href')).toMatch(
      /\/political-dialogue\/$/,
    );
  });

  it.skipIf(!hasSearch())('search, a result and a paragraph link, all by keyboard', async () => {
    await page.goto(`${site.url}political-dialogue/`);
    const unseen: string[] = [];

    // From the top of the page to the search field, then type as anyone would.
    unseen.push(...(await moveFocusTo(page, '[data-search-input]')));
    await page.keyboard.type('Brengelmann');
    const box = await searchBox(page);
    await box.locator('[data-search-results][data-search-query="Brengelmann"] > li').first().waitFor();

    // On to the result for the paragraph that matched, and open it.
    unseen.push(...(await moveFocusTo(page, '[data-search-results] a[href*="#political-dialogue-"]')));
    const result = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await Promise.all([
      page.waitForURL((url) => url.hash === new URL(result).hash, { waitUntil: 'load' }),
      page.keyboard.press('Enter'),
    ]);
    const landed = new URL(page.url());
    expect(landed.hash).toBe(new URL(result).hash);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), {
        message: 'focus follows the result to its paragraph',
      })
      .toBe(landed.hash.slice(1));

    // The next paragraph's own link, followed: the address names that paragraph, which becomes the target.
    unseen.push(...(await moveFocusTo(page, `a.part-link:not([href="${landed.hash}"])`)));
    const paragraph = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === paragraph);
    expect(await page.evaluate(() => `#${document.querySelector(':target')?.id}`)).toBe(paragraph);
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('P');

    expect(unseen).toEqual([]);
  });

  it.skipIf(!hasSearch())('arrow keys move between the search field and the results', async () => {
    await page.goto(site.url);
    await moveFocusTo(page, '[data-search-input]');
    await page.keyboard.type('Afghanistan');
    await (
      await searchBox(page)
    )
      .locator('[data-search-results][data-search-query="Afghanistan"] > li')
      .first()
      .waitFor();
    const unseen = await moveFocusTo(page, '[data-search-results] a[href]', 'ArrowDown', 1);
    expect(unseen).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-input'))).toBe(true);
  });

  it('notices a focus that cannot be seen', async () => {
    await page.goto(site.url);
    await page.evaluate(() => {
      const link = document.querySelector<HTMLElement>('.skip-link');
      if (link) link.style.setProperty('top', '-10rem', 'important');
    });
    const unseen = await moveFocusTo(page, '.skip-link');
    expect(unseen.join('\n')).toMatch(/skip-link.*off screen/);
  });
});
