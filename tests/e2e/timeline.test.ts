import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../../tools/browser.ts';
import { readPage } from '../../tools/dist.ts';
import { useBrowser } from '../support/browser-session.ts';
import { settled } from '../support/scrolling.ts';

const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

interface Landing {
  target: boolean;
  inView: boolean;
  marked: boolean;
}

/** How a reader finds the element with `id`: the URL's target, on screen, visibly marked. */
function landing(page: Page, id: string): Promise<Landing> {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return { target: false, inView: false, marked: false };
    const { top, bottom } = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      target: el.matches(':target'),
      inView: top >= 0 && top < innerHeight - 40 && bottom > 0,
      // The mark is a tint and a bar: both, so it shows without colour too.
      marked: style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.boxShadow.includes('inset'),
    };
  }, id);
}

const LANDED: Landing = { target: true, inView: true, marked: true };

function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const { top, bottom } = el.getBoundingClientRect();
    return top >= 0 && bottom <= innerHeight;
  });
}

describe.skipIf(!hasBrowser)('from the timeline to the text and back, in Chromium', () => {
  const { browser, site } = useBrowser();

  it.each([
    { name: 'with JavaScript on a desktop', javaScriptEnabled: true, ...DESKTOP },
    { name: 'without JavaScript on a phone', javaScriptEnabled: false, ...PHONE },
  ])(
    '"Read in context" lands on the paragraph, visible and marked, and the way back works ($name)',
    async (options) => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const event = 'event-2011-04-isaf-contribution-plan';
      const paragraph = 'practical-cooperation-2';
      try {
        await page.goto(`${site.url}timeline/`);
        const readInContext = page.locator(`#${event} a`, { hasText: 'Read in context' });
        await readInContext.scrollIntoViewIfNeeded();
        await readInContext.click();
        await page.waitForURL(`${site.url}practical-cooperation/#${paragraph}`);
        await settled(page);
        expect(await landing(page, paragraph)).toEqual(LANDED);
        if (options.javaScriptEnabled) expect(await page.evaluate(() => document.activeElement?.id)).toBe(paragraph);

        // Back with the browser: to the timeline, where the reader was.
        await page.goBack();
        await page.waitForURL(`${site.url}timeline/`);
        await settled(page);
        expect(await inView(page, `#${event} .timeline-entry__source a`)).toBe(true);

        // Forward again, then back by the link under the paragraph: onto the event itself.
        await page.goForward();
        await page.waitForURL(`${site.url}practical-cooperation/#${paragraph}`);
        const back = page.locator(`#${paragraph} + .part-citation + .event-backlinks a[href$="#${event}"]`);
        expect(await back.isVisible()).toBe(true);
        await back.click();
        await page.waitForURL(`${site.url}timeline/#${event}`);
        await settled(page);
        expect(await landing(page, event)).toEqual(LANDED);
      } finally {
        await context.close();
      }
    },
  );

  it('lands every "Read in context" link of the timeline on its passage, the photograph caption included', async () => {
    const $ = await readPage('timeline/');
    const links = $('.timeline-entry__source a')
      .toArray()
      .map((a) => $(a).attr('href') ?? '');
    expect(links).toContain('/#overview-photograph');
    // Eighteen entries drawn from nine different passages.
    expect(links).toHaveLength(18);
    expect(new Set(links).size).toBe(9);
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    try {
      for (const href of new Set(links)) {
        await page.goto(`${site.url}timeline/`);
        await page.goto(new URL(href, site.url).href);
        await settled(page);
        expect(await landing(page, decodeURIComponent(new URL(href, site.url).hash.slice(1))), href).toEqual(LANDED);
      }
    } finally {
      await context.close();
    }
  });

  it('lands an old id of an entry on the entry, and swaps it for the current one', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}timeline/#event-2011-04-isaf-pledge`);
      await page.waitForURL(`${site.url}timeline/#event-2011-04-isaf-contribution-plan`);
      await settled(page);
      expect(await landing(page, 'event-2011-04-isaf-contribution-plan')).toEqual(LANDED);
    } finally {
      await context.close();
    }
  });

  it('prints the timeline without the year menu and with the source of each event', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}timeline/`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.timeline-years').isVisible()).toBe(false);
      // The quotation names its paragraph; "Read in context" would lead nowhere on paper.
      expect(await page.locator('#event-2012-09-ipcp .timeline-entry__evidence').innerText()).toContain(
        '(Overview, paragraph 1)',
      );
      expect(await page.locator('#event-2012-09-ipcp .timeline-entry__source').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
