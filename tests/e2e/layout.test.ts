import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { hasSearch, showSearchResults } from '../support/search-ui.ts';
import { PAGES } from '../support/site.ts';

/**
 * WCAG 1.4.10 Reflow and 1.4.4 Resize text: at 320 CSS px (a 1280 px window
 * at 400 %) and at 200 % zoom of a 1280 × 800 window (640 CSS px at two device
 * pixels each) nothing makes the page scroll sideways.
 */
const VIEWS = [
  { name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '200 % zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
] as const;

/** How far the page scrolls sideways, and the elements that stick out of the viewport. */
function sidewaysOverflow(page: Page): Promise<{ scrolled: number; culprits: string[] }> {
  return page.evaluate(() => {
    // 'instant': the site scrolls smoothly, which would report 0 until the animation ends.
    scrollTo({ left: 10_000, behavior: 'instant' });
    const scrolled = Math.max(scrollX, document.documentElement.scrollWidth - document.documentElement.clientWidth);
    scrollTo({ left: 0, behavior: 'instant' });
    const width = document.documentElement.clientWidth;
    const clipped = (element: Element): boolean => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const describe = (element: Element) =>
      element.tagName.toLowerCase() +
      (element.id ? `#${element.id}` : '') +
      [...element.classList].map((c) => `.${c}`).join('');
    const elements = [...document.body.querySelectorAll('*')].filter((element) => !clipped(element));
    const tooWide = elements
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .map((element) => {
        const { left, right } = element.getBoundingClientRect();
        return `${describe(element)} spans ${Math.round(left)}–${Math.round(right)} px in ${width} px`;
      });
    // Text that does not wrap spills out of a box that itself fits, past the viewport's edge.
    const spilling = elements
      .filter(
        (element) =>
          getComputedStyle(element).overflowX === 'visible' &&
          element.clientWidth > 0 &&
          element.scrollWidth > element.clientWidth + 1 &&
          element.getBoundingClientRect().left + element.scrollWidth > width + 0.5,
      )
      .map(
        (element) => `${describe(element)}: content ${element.scrollWidth} px wide in a ${element.clientWidth} px box`,
      );
    const culprits = [...tooWide, ...spilling];
    return { scrolled, culprits };
  });
}

describe.skipIf(!hasBrowser)('no sideways scrolling', () => {
  const { browser, site } = useBrowser();
  const views = new Map<string, Page>();

  beforeAll(async () => {
    for (const { name, viewport, deviceScaleFactor } of VIEWS) {
      views.set(name, await browser.newPage({ viewport, deviceScaleFactor }));
    }
  });

  async function overflowInEveryView(prepare: (page: Page) => Promise<void>): Promise<string[]> {
    const found = await Promise.all(
      [...views].map(async ([view, page]) => {
        await prepare(page);
        const { scrolled, culprits } = await sidewaysOverflow(page);
        return scrolled === 0 && culprits.length === 0
          ? []
          : [`${view}: scrolls ${scrolled} px sideways`, ...culprits.map((c) => `${view}: ${c}`)];
      }),
    );
    return found.flat();
  }

  it.each(PAGES)('/%s fits at 320 px and at 200 per cent zoom', async (path) => {
    expect(await overflowInEveryView((page) => page.goto(site.url + path).then(() => undefined))).toEqual([]);
  });

  it('fits with the skip link shown', async () => {
    const found = await overflowInEveryView(async (page) => {
      await page.goto(site.url);
      await page.keyboard.press('Tab');
    });
    expect(found).toEqual([]);
  });

  it('fits with the header’s menu open', async () => {
    const found = await overflowInEveryView(async (page) => {
      await page.goto(site.url);
      // Both views are narrow enough for the compact header and its Menu button.
      await page.locator('.site-header summary', { hasText: 'Menu' }).click();
      expect(await page.locator('.site-header nav.section-nav a').first().isVisible()).toBe(true);
    });
    expect(found).toEqual([]);
  });

  it.skipIf(!hasSearch())('fits with search results open, in the header and on the search page', async () => {
    const header = await overflowInEveryView(async (page) => {
      await page.goto(site.url);
      expect(await showSearchResults(page, 'cooperation')).toBeGreaterThan(0);
    });
    const searchPage = await overflowInEveryView(async (page) => {
      await page.goto(`${site.url}search/`);
      expect(await showSearchResults(page, 'Republic of Korea partnership')).toBeGreaterThan(0);
    });
    expect([...header, ...searchPage]).toEqual([]);
  });

  /**
   * WCAG 1.4.12 Text Spacing: with the spacing the success criterion names
   * (line height 1.5, letter spacing 0.12em, word spacing 0.16em, 2em after
   * paragraphs) put on every element, as a reader's style sheet would, the
   * header's buttons stay on screen with their words inside them, and no text
   * is cut off. A constructed style sheet, which the page's CSP allows.
   */
  async function applyTextSpacing(page: Page): Promise<void> {
    await page.evaluate(() => {
      const spacing = new CSSStyleSheet();
      spacing.replaceSync(
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }' +
          ' p { margin-bottom: 2em !important; }',
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
    });
  }

  /** Header buttons off screen or with words outside their border, and boxes that cut off what they hold. */
  function spacingProblems(page: Page): Promise<{ buttons: number; problems: string[] }> {
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const problems: string[] = [];
      const buttons = [...document.querySelectorAll('.site-header summary')].filter((b) => b.checkVisibility());
      for (const button of buttons) {
        const box = button.getBoundingClientRect();
        const words = document.createRange();
        words.selectNodeContents(button);
        const text = words.getBoundingClientRect();
        if (box.left < 0 || box.right > width) problems.push(`${button.textContent}: ${box.left}–${box.right} px`);
        if (text.left < box.left || text.right > box.right)
          problems.push(`${button.textContent}: words ${text.left}–${text.right} px outside ${box.left}–${box.right}`);
      }
      for (const element of document.querySelectorAll('body *')) {
        const style = getComputedStyle(element);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        if (element.matches('.sr-only') || !element.checkVisibility()) continue;
        const cutX =
          style.overflowX !== 'auto' && style.overflowX !== 'scroll' && element.scrollWidth > element.clientWidth + 1;
        const cutY =
          style.overflowY !== 'auto' && style.overflowY !== 'scroll' && element.scrollHeight > element.clientHeight + 1;
        if (cutX || cutY)
          problems.push(
            `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} cuts off ${element.scrollWidth}×${element.scrollHeight} px to ${element.clientWidth}×${element.clientHeight}`,
          );
      }
      return { buttons: buttons.length, problems };
    });
  }

  it.each(['', 'political-dialogue/', 'timeline/', 'search/'])(
    '/%s keeps the header’s buttons and its text whole with increased text spacing',
    async (path) => {
      const found = await overflowInEveryView(async (page) => {
        await page.goto(site.url + path);
        await applyTextSpacing(page);
        expect(await page.evaluate(() => getComputedStyle(document.body).wordSpacing)).not.toBe('0px');
        const { buttons, problems } = await spacingProblems(page);
        // Both views are narrow enough for the compact header's Search and Menu buttons.
        expect(buttons).toBe(2);
        expect(problems).toEqual([]);
      });
      expect(found).toEqual([]);
    },
  );

  it('notices an element that is too wide', async () => {
    const found = await overflowInEveryView(async (page) => {
      await page.goto(site.url);
      await page.evaluate(() => {
        const wide = document.createElement('pre');
        wide.textContent = 'x'.repeat(200);
        document.querySelector('main')?.append(wide);
      });
    });
    expect(found.join('\n')).toMatch(/320 px: scrolls \d+ px sideways[\s\S]*pre: content \d+ px wide/);
  });
});
