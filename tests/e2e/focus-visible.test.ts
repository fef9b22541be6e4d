import Color from 'color';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { contrastOver } from '../support/contrast.ts';
import { tabbableAfterFocus, tabThrough, type FocusStop } from '../support/focus-stops.ts';
import { HEADER_SEARCH, hasSearch, resultsFor } from '../support/search-ui.ts';

/**
 * WCAG 2.4.7 Focus Visible in forced colours (Windows high contrast), which
 * removes backgrounds and shadows, and 1.4.3 Contrast in the focus state: every
 * Tab stop of the pages a keyboard user goes through, from the top of the page
 * to the end.
 */
interface Scene {
  name: string;
  /** Opens the page and leaves the focus where Tab starts. */
  open(page: Page, siteUrl: string): Promise<void>;
  needsSearch?: boolean;
}

const SEARCHED = 'korea';

const SCENES: Scene[] = [
  { name: 'a section page', open: (page, url) => page.goto(`${url}political-dialogue/`).then(() => undefined) },
  {
    name: 'the search page with results',
    needsSearch: true,
    open: async (page, url) => {
      await page.goto(`${url}search/?q=${SEARCHED}`);
      await (await resultsFor(page, 'main', SEARCHED)).locator('li').first().waitFor();
    },
  },
  { name: 'the timeline', open: (page, url) => page.goto(`${url}timeline/`).then(() => undefined) },
  {
    name: 'the header’s search results, from the field on',
    needsSearch: true,
    open: async (page, url) => {
      await page.goto(`${url}political-dialogue/`);
      await page.locator(`${HEADER_SEARCH} [data-search-input]`).focus();
      await page.keyboard.type(SEARCHED);
      await (await resultsFor(page, HEADER_SEARCH, SEARCHED)).locator('li').first().waitFor();
    },
  },
];

const MIN_TEXT_CONTRAST = 4.5;

/** A stop whose focus indicator survives forced colours: a drawn outline at least 2 px wide. */
const outlined = (stop: FocusStop) =>
  stop.outlineStyle !== 'none' && stop.outlineWidth >= 2 && Color(stop.outlineColor).alpha() > 0;

describe.skipIf(!hasBrowser)('focus that shows', () => {
  const { browser, site } = useBrowser();

  /** Opens the scene in a page of its own and tabs through it; returns the stops and how many were expected. */
  async function stopsOf(scene: Scene, media: Parameters<Page['emulateMedia']>[0]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.emulateMedia(media);
      await scene.open(page, site.url);
      const expected = await tabbableAfterFocus(page);
      return { stops: await tabThrough(page), expected };
    } finally {
      await page.context().close();
    }
  }

  for (const scene of SCENES) {
    describe.skipIf(scene.needsSearch === true && !hasSearch())(scene.name, () => {
      it('has an outline on every Tab stop in forced colours', async () => {
        const { stops, expected } = await stopsOf(scene, { forcedColors: 'active' });
        expect(expected).toBeGreaterThan(5);
        expect(stops).toHaveLength(expected);
        const unseen = stops
          .filter((stop) => !outlined(stop))
          .map((stop) => `${stop.element}: outline ${stop.outlineStyle} ${stop.outlineWidth}px ${stop.outlineColor}`);
        expect(unseen).toEqual([]);
      });

      for (const colorScheme of ['light', 'dark'] as const) {
        it(`keeps focused text at ${MIN_TEXT_CONTRAST}:1 or more in the ${colorScheme} scheme`, async () => {
          const { stops, expected } = await stopsOf(scene, { colorScheme, forcedColors: 'none' });
          expect(stops).toHaveLength(expected);
          const texts = stops.flatMap((stop) =>
            stop.texts.map((text) => ({ stop, text, ratio: contrastOver(text.color, text.backgrounds) })),
          );
          // Only a radio button or checkbox has no text of its own; its label is not part of the stop.
          const textless = stops.filter((stop) => stop.texts.length === 0).map((stop) => stop.element);
          expect(textless.filter((element) => !element.startsWith('input'))).toEqual([]);
          expect(texts.length).toBeGreaterThanOrEqual(stops.length - textless.length);
          const unreadable = texts
            .filter(({ ratio }) => ratio < MIN_TEXT_CONTRAST)
            .map(({ stop, text, ratio }) => `${stop.element} ${text.element}: ${ratio}:1 (${text.color})`);
          expect(unreadable).toEqual([]);
        });
      }
    });
  }

  it('marks only the current page and part with a bar in forced colours', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(`${site.url}document/`);
      // Forced colours paint transparent borders, which reserve the current item's room, in the text colour.
      const bars = await page.locator('.section-nav a, .toc a').evaluateAll((links) => {
        const canvas = getComputedStyle(document.body).backgroundColor;
        return links.map((link) => {
          const style = getComputedStyle(link);
          const side = link.closest('.toc') ? style.borderLeftColor : style.borderBottomColor;
          return { current: link.matches('[aria-current]'), bar: side !== canvas };
        });
      });
      expect(bars.length).toBeGreaterThan(5);
      expect(bars.filter(({ current, bar }) => current !== bar)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  describe('a landed part in forced colours', () => {
    const LANDINGS = [
      { path: 'political-dialogue/#political-dialogue-2', marked: '#political-dialogue-2' },
      { path: 'political-dialogue/#political-dialogue', marked: '.heading-wrapper:has(#political-dialogue)' },
      { path: 'timeline/#event-2012-09-ipcp', marked: '#event-2012-09-ipcp' },
      { path: '#overview-photograph', marked: '#overview-photograph' },
    ];

    it.each(LANDINGS)('frames $path', async ({ path, marked }) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      try {
        await page.emulateMedia({ forcedColors: 'active' });
        await page.goto(site.url + path);
        const outline = await page.locator(marked).evaluate((element) => {
          const style = getComputedStyle(element);
          return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
        });
        expect(outline.style).not.toBe('none');
        expect(outline.width).toBeGreaterThanOrEqual(2);
        expect(Color(outline.color).alpha()).toBeGreaterThan(0);
      } finally {
        await page.context().close();
      }
    });
  });
});
