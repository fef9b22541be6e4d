import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { settled } from '../support/scrolling.ts';

/**
 * A link to a part, opened cold, lands on that part and keeps it in view
 * while the page settles: with its scripts and styles arriving late, and
 * when the window changes size (a phone turned sideways and back).
 */
const WIDTHS = {
  '1280 px': { viewport: { width: 1280, height: 800 } },
  '375 px': { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true },
};
const LINKS = ['political-dialogue/#political-dialogue-2', 'document/#political-dialogue-2'];
/** Longer than the page takes to load here, so late files arrive after the first layout. */
const LATE_MS = 300;

interface Place {
  /** Where a landing puts it: its scroll margin below the top, or as close as the end of the page allows. */
  landed: boolean;
  /** Its top edge is inside the window, with room to read. */
  inView: boolean;
}

function place(page: Page, id: string): Promise<Place> {
  return page.evaluate((id) => {
    const part = document.getElementById(id)!;
    const { top } = part.getBoundingClientRect();
    const margin = parseFloat(getComputedStyle(part).scrollMarginTop);
    const atEnd = Math.ceil(scrollY) >= document.documentElement.scrollHeight - innerHeight;
    return {
      landed: Math.abs(top - margin) <= 1 || (atEnd && top > margin),
      inView: top >= 0 && top < innerHeight - 50,
    };
  }, id);
}

describe.skipIf(!hasBrowser)('a deep link opened cold stays in view', () => {
  const { browser, site } = useBrowser();

  async function open(link: string, options: BrowserContextOptions, late = false): Promise<Page> {
    const page = await browser.newPage(options);
    if (late) {
      await page.route('**/_astro/**', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, LATE_MS));
        await route.continue();
      });
    }
    await page.goto(site.url + link);
    await settled(page);
    return page;
  }

  for (const [width, options] of Object.entries(WIDTHS)) {
    for (const link of LINKS) {
      const id = link.split('#')[1]!;

      it(`lands on /${link} at ${width}`, async () => {
        const page = await open(link, options);
        expect(await place(page, id)).toEqual({ landed: true, inView: true });
      });

      it(`lands on /${link} at ${width} when scripts and styles arrive late`, async () => {
        const page = await open(link, options, true);
        expect(await place(page, id)).toEqual({ landed: true, inView: true });
      });

      it(`keeps /${link} in view at ${width} turned sideways and back`, async () => {
        const page = await open(link, options);
        const { width: w, height: h } = options.viewport;
        for (const size of [{ width: h, height: w }, options.viewport]) {
          await page.setViewportSize(size);
          await settled(page);
          expect((await place(page, id)).inView, `${size.width}×${size.height}`).toBe(true);
        }
      });
    }
  }
});
