import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser, type ServedSite } from '../support/browser-session.ts';
import { settled } from '../support/scrolling.ts';
import { BASE_PATH_BUILD, LOCAL_PREVIEW_BUILD, ROOT_SITE_URL, TEST_BASE_PATH, TEST_SITE_URL } from '../support/site.ts';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };
/** WCAG 2.2 target size (minimum), in CSS pixels. */
const MIN_TARGET = 24;

interface Landing {
  inView: boolean;
  belowHeader: boolean;
  target: boolean;
  focused: boolean;
  marked: boolean;
}

/** How the element with `id` was landed on, as a reader would notice it. */
function landing(page: Page, id: string): Promise<Landing> {
  return page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const header = document.querySelector('.site-header')!;
    const pinned = ['sticky', 'fixed'].includes(getComputedStyle(header).position);
    const headerBottom = pinned ? header.getBoundingClientRect().bottom : 0;
    const { top } = el.getBoundingClientRect();
    const marked = el.closest('.heading-wrapper') ?? el;
    return {
      inView: top >= 0 && top < innerHeight - 50,
      belowHeader: top >= headerBottom - 1,
      target: el.matches(':target'),
      focused: document.activeElement === el,
      marked: getComputedStyle(marked).backgroundColor !== 'rgba(0, 0, 0, 0)',
    };
  }, id);
}

const LANDED: Landing = { inView: true, belowHeader: true, target: true, focused: true, marked: true };
/** Smooth scrolling within a page takes a moment, longer on a busy machine. */
const POLL = { timeout: 5000 };

describe.skipIf(!hasBrowser)('deep links in Chromium', () => {
  const { browser, site, serve } = useBrowser();
  const based = serve(BASE_PATH_BUILD);
  const local = serve(LOCAL_PREVIEW_BUILD);

  async function open(
    path: string,
    options: BrowserContextOptions = {},
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: DESKTOP, ...options });
    const page = await context.newPage();
    await page.goto(path.startsWith('http') ? path : site.url + path);
    await settled(page);
    return { context, page };
  }

  async function copyOn(
    server: ServedSite,
    selector: string,
    options: BrowserContextOptions = {},
    path = 'political-dialogue/',
  ) {
    const { context, page } = await open(`${server.url}${path}`, options);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    const control = page.locator(selector);
    if (options.hasTouch) await control.tap();
    else await control.click();
    const status = page.locator('[role="status"][aria-live="polite"][data-copy-status]');
    await expect.poll(() => status.textContent()).toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    return { context, page, copied, status };
  }

  describe('landing', () => {
    it('opens a link far down a long page already in place, without a long scroll', async () => {
      const context = await browser.newContext({ viewport: PHONE.viewport, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.goto(`${site.url}document/#political-dialogue-3`);
      await page.waitForTimeout(100);
      const top = await page.evaluate(
        () => document.getElementById('political-dialogue-3')!.getBoundingClientRect().top,
      );
      expect(top).toBeCloseTo(16, -1);
      await context.close();
    });

    it('puts a paragraph opened cold in view below the header, marked and focused', async () => {
      const { context, page } = await open('political-dialogue/#political-dialogue-2');
      expect(await landing(page, 'political-dialogue-2')).toEqual(LANDED);
      // Scrolled to the top of the window, leaving the 1rem scroll margin.
      expect(
        await page.evaluate(() => document.getElementById('political-dialogue-2')!.getBoundingClientRect().top),
      ).toBeCloseTo(16, -1);
      await context.close();
    });

    it('lands the same way on a phone, in a new tab opened from a link with Ctrl', async () => {
      const { context, page } = await open('political-dialogue/', PHONE);
      const [tab] = await Promise.all([
        context.waitForEvent('page'),
        page.locator('#political-dialogue-3 a.part-link').click({ modifiers: ['ControlOrMeta'] }),
      ]);
      await tab.waitForLoadState();
      await settled(tab);
      expect(tab.url()).toBe(`${site.url}political-dialogue/#political-dialogue-3`);
      await expect.poll(() => landing(tab, 'political-dialogue-3'), POLL).toEqual(LANDED);
      // A modified click is the browser's business: nothing copied, nothing announced.
      expect(await page.locator('[data-copy-status]').textContent()).toBe('');
      await context.close();
    });

    it('moves the mark and focus on an in-page fragment change', async () => {
      const { context, page } = await open('document/');
      await page.locator('nav.toc a[href="#political-dialogue"]').click();
      await settled(page);
      await expect.poll(() => landing(page, 'political-dialogue'), POLL).toEqual(LANDED);
      await page.evaluate(() => (location.hash = '#practical-cooperation-2'));
      await settled(page);
      await expect.poll(() => landing(page, 'practical-cooperation-2'), POLL).toEqual(LANDED);
      await context.close();
    });

    it('keeps a landed part clear of a sticky header of any height', async () => {
      // The page's CSP forbids injected styles; this test needs one.
      const { context, page } = await open('document/', { bypassCSP: true });
      await page.addStyleTag({
        content: '.site-header { position: sticky; top: 0; z-index: 5 } :root { --header-height: 12rem }',
      });
      await page.evaluate(() => (location.hash = '#political-dialogue-3'));
      await settled(page);
      const result = await landing(page, 'political-dialogue-3');
      expect(result.belowHeader).toBe(true);
      expect(
        await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().bottom),
      ).toBeGreaterThan(100);
      await context.close();
    });

    it('sends an old heading id (an alias) to the renamed heading', async () => {
      const { context, page } = await open('political-dialogue/');
      // Stand in for a renamed heading: its old id, as SectionHeading renders one.
      await page.evaluate(() => {
        const alias = document.createElement('span');
        alias.id = 'old-dialogue';
        alias.dataset['headingAlias'] = 'political-dialogue';
        document.querySelector('h1')!.before(alias);
        location.hash = '#old-dialogue';
      });
      await page.waitForURL(/#political-dialogue$/);
      await settled(page);
      await expect.poll(() => landing(page, 'political-dialogue'), POLL).toEqual(LANDED);
      await context.close();
    });
  });

  describe('copy link', () => {
    it('copies the absolute URL of a paragraph, announces it, follows the link and keeps focus on the control', async () => {
      const { context, page, copied } = await copyOn(site, '#political-dialogue-2 a.part-link');
      expect(copied).toBe(`${ROOT_SITE_URL}/political-dialogue/#political-dialogue-2`);
      expect(page.url()).toBe(`${site.url}political-dialogue/#political-dialogue-2`);
      expect(await landing(page, 'political-dialogue-2')).toMatchObject({ target: true, focused: false });
      expect(await page.evaluate(() => document.activeElement?.closest('p')?.id)).toBe('political-dialogue-2');
      expect(await page.evaluate(() => document.activeElement?.matches('a.part-link'))).toBe(true);
      await context.close();
    });

    it('copies the link to a timeline event with its control, keeping focus there, by keyboard alone', async () => {
      const context = await browser.newContext({ viewport: DESKTOP });
      const page = await context.newPage();
      await page.goto(`${site.url}timeline/`);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
      const control = page.locator('#event-2013-04-secretary-general-visit > a.part-link');
      expect(await control.textContent()).toMatch(/^#Copy link to event April 2013: /);
      await control.focus();
      await page.keyboard.press('Enter');
      const status = page.locator('[data-copy-status]');
      await expect.poll(() => status.textContent()).toBe('Link copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${ROOT_SITE_URL}/timeline/#event-2013-04-secretary-general-visit`,
      );
      expect(await control.evaluate((el) => el === document.activeElement)).toBe(true);
      // Landed on, the entry shows its citation, dated and titled, with its address.
      const citation = page.locator('#event-2013-04-secretary-general-visit > .part-citation');
      expect(await citation.isVisible()).toBe(true);
      expect(await citation.textContent()).toContain('April 2013: ');
      expect(await citation.textContent()).toContain(
        `${ROOT_SITE_URL}/timeline/#event-2013-04-secretary-general-visit`,
      );
      await context.close();
    });

    it('copies the address the page was opened at when the build names no origin (no SITE_URL)', async () => {
      const { context, copied } = await copyOn(local, '#political-dialogue-2 a.part-link');
      expect(copied).toBe(`${local.url}political-dialogue/#political-dialogue-2`);
      await context.close();
    });

    it('copies the published URL with the base path, for a heading too', async () => {
      // A section's heading has its link on /document/, where it is an h2; the h1 of a page has none.
      const { context, copied } = await copyOn(based, 'a.heading-link[href="#political-dialogue"]', {}, 'document/');
      expect(copied).toBe(`${TEST_SITE_URL}${TEST_BASE_PATH}document/#political-dialogue`);
      await context.close();
    });

    it('shows the announcement on screen as well', async () => {
      const { context, status } = await copyOn(site, '#political-dialogue-1 a.part-link');
      const box = await status.boundingBox();
      expect(box!.width).toBeGreaterThan(50);
      expect(box!.height).toBeGreaterThan(20);
      await context.close();
    });
  });

  describe('contents', () => {
    it('marks the entry of the section being read as the reader scrolls', async () => {
      const { context, page } = await open('document/');
      const current = () =>
        page.locator('nav.toc a[aria-current="true"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      // The scroll-spy loads with the first scroll (contents/client/toc-boot.ts): nothing is marked before.
      expect(await current()).toEqual([]);
      for (const id of ['practical-cooperation', 'political-dialogue', 'practical-cooperation']) {
        await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ behavior: 'instant' }), id);
        await expect.poll(current).toEqual([`#${id}`]);
      }
      await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
      await expect.poll(current).toEqual(['#political-dialogue']);
      await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
      await expect.poll(current).toEqual(['#relations-with-the-republic-of-korea']);
      await context.close();
    });

    it('stays beside the text on a wide screen while the page scrolls', async () => {
      const { context, page } = await open('document/#political-dialogue-3');
      const box = await page.locator('nav.toc .toc__inner').boundingBox();
      const text = await page.locator('#political-dialogue-3').boundingBox();
      expect(box!.x).toBeGreaterThan(text!.x + text!.width);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(DESKTOP.height);
      await context.close();
    });
  });

  describe('at 375 px on a touch screen', () => {
    it('shows every link control without hover, big enough to tap and inside the screen', async () => {
      const { context, page } = await open('document/', PHONE);
      const controls = await page.locator('a.heading-link, a.part-link').evaluateAll((links) =>
        links.map((link) => {
          const { x, width, height } = link.getBoundingClientRect();
          const style = getComputedStyle(link);
          return {
            href: link.getAttribute('href'),
            x,
            width,
            height,
            opacity: style.opacity,
            visibility: style.visibility,
          };
        }),
      );
      // The two section headings below the title (the h1 has no link) and the nine paragraphs.
      expect(controls.length).toBe(2 + 9);
      for (const control of controls) {
        expect(control.opacity, control.href!).toBe('1');
        expect(control.visibility).toBe('visible');
        expect(control.width).toBeGreaterThanOrEqual(MIN_TARGET);
        expect(control.height).toBeGreaterThanOrEqual(MIN_TARGET);
        expect(control.x).toBeGreaterThanOrEqual(0);
        expect(control.x + control.width).toBeLessThanOrEqual(375);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await context.close();
    });

    it('copies a paragraph link with a tap', async () => {
      const { context, page, copied } = await copyOn(site, '#political-dialogue-3 a.part-link', PHONE);
      expect(copied).toBe(`${ROOT_SITE_URL}/political-dialogue/#political-dialogue-3`);
      expect(page.url()).toBe(`${site.url}political-dialogue/#political-dialogue-3`);
      await context.close();
    });
  });

  describe('on a wide screen with a mouse', () => {
    it('shows a link control when the keyboard reaches it, hover or not', async () => {
      const { context, page } = await open('political-dialogue/');
      const control = page.locator('#political-dialogue-1 a.part-link');
      const opacity = () => control.evaluate((el) => getComputedStyle(el).opacity);
      await page.mouse.move(1200, 10);
      expect(await opacity()).toBe('0');
      await control.focus();
      expect(await opacity()).toBe('1');
      expect(await control.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
      await context.close();
    });

    it('shows a term’s link control where the pointer is, and on the term landed on, as a heading’s', async () => {
      const { context, page } = await open('terms/');
      const heading = page.locator('#term-isaf');
      const control = page.locator('.heading-wrapper:has(#term-isaf) > a.part-link');
      const opacity = () => control.evaluate((el) => getComputedStyle(el).opacity);
      await page.mouse.move(1200, 10);
      expect(await opacity()).toBe('0');
      await heading.hover();
      expect(await opacity()).toBe('1');
      await page.mouse.move(1200, 10);
      await page.goto(`${site.url}terms/#term-isaf`);
      await settled(page);
      expect(await opacity()).toBe('1');
      await context.close();
    });
  });

  describe('in print', () => {
    it('prints the page’s own URL, not the link controls or contents, nor paths within the site', async () => {
      const { context, page } = await open('document/');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.print-url').evaluate((el) => [getComputedStyle(el).display, el.textContent])).toEqual(
        ['block', `${ROOT_SITE_URL}/document/`],
      );
      for (const selector of ['a.part-link', 'a.heading-link', 'nav.toc', 'nav.breadcrumbs']) {
        expect(
          await page
            .locator(selector)
            .first()
            .evaluate((el) => getComputedStyle(el).display),
          selector,
        ).toBe('none');
      }
      // The timeline's links back to the text name their paragraph in their words; no path follows them on paper.
      await page.goto(`${site.url}timeline/`);
      const printed = await page
        .locator('main a[href^="/"]')
        .evaluateAll((links) =>
          links
            .filter((a) => a.getClientRects().length > 0)
            .map((a) => [a.textContent, getComputedStyle(a, '::after').content]),
        );
      expect(printed.length).toBeGreaterThan(0);
      for (const [text, after] of printed) expect([text, after]).toEqual([text, 'none']);
      await context.close();
    });
  });

  describe('without JavaScript', () => {
    it('keeps the link controls and the contents as ordinary links', async () => {
      const { context, page } = await open('document/', { javaScriptEnabled: false });
      await page.locator('nav.toc a[href="#practical-cooperation"]').click();
      await page.locator('#political-dialogue-1 a.part-link').click();
      await settled(page);
      expect(page.url()).toBe(`${site.url}document/#political-dialogue-1`);
      await expect
        .poll(() => landing(page, 'political-dialogue-1'), POLL)
        .toMatchObject({ inView: true, target: true, marked: true });
      await context.close();
    });
  });
});
