import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { settled } from '../support/scrolling.ts';
import { hasSearch } from '../support/search-ui.ts';
import { PAGES, SECTIONS } from '../support/site.ts';

/**
 * Reading on a phone: the header is one compact bar, the text starts on the
 * first screen, and the sections and search are one tap away behind the
 * header's Menu and Search buttons, by touch, by keyboard and without
 * JavaScript. Wide screens keep every part of the header in place.
 */
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true } as const;
/** A narrow window used with a keyboard: the compact header, a fine pointer. */
const NARROW_WINDOW = { viewport: { width: 375, height: 740 } } as const;
const WIDE = { viewport: { width: 1280, height: 900 } } as const;
const SCHEMES = ['light', 'dark'] as const;

/** On a phone: the bar's height at most, and where the page heading starts at the latest. */
const PHONE_HEADER_MAX = 120;
const PHONE_HEADING_TOP_MAX = 200;
/** On a wide screen: the title and search on one row, the sections on the next. */
const WIDE_HEADER_MAX = 150;
const WIDE_HEADING_TOP_MAX = 240;
/** A comfortable touch target (WCAG 2.5.5), in CSS pixels. */
const TOUCH_TARGET = 44;

/** The sections and the whole document: what the menu lists. */
const MENU_ENTRIES = [
  ...SECTIONS.map(({ path, title }) => ({ path, title })),
  { path: 'document/', title: 'Whole document' },
  { path: 'terms/', title: 'Terms and names' },
];

const button = (page: Page, name: 'Menu' | 'Search') =>
  page.locator('.site-header summary', { hasText: new RegExp(`^${name}$`) });
const menuLinks = (page: Page) => page.locator('.site-header nav.section-nav a');
const headerField = (page: Page) => page.locator('[data-search="header"] [data-search-input]');

/** What the browser tells assistive technology: whether the header button `name` is expanded; undefined when there is none. */
async function expanded(page: Page, name: 'Menu' | 'Search'): Promise<boolean | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const found = nodes.filter(
      (node) => !node.ignored && node.name?.value === name && node.properties?.some((p) => p.name === 'expanded'),
    );
    expect(found.length, `controls named “${name}” that expand`).toBeLessThanOrEqual(1);
    return found[0]?.properties?.find((p) => p.name === 'expanded')?.value.value as boolean | undefined;
  } finally {
    await cdp.detach();
  }
}

/** The header's height and where the page's heading starts, in CSS pixels from the top of the page. */
function headerFigures(page: Page): Promise<{ header: number; heading: number }> {
  return page.evaluate(() => ({
    header: document.querySelector('.site-header')!.getBoundingClientRect().height,
    heading: document.querySelector('main h1')!.getBoundingClientRect().top + scrollY,
  }));
}

/** The id of the focused element, or its text when it has none. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return active?.id || active?.textContent?.trim() || active?.tagName;
  });

describe.skipIf(!hasBrowser)('the header on a phone and on a wide screen', () => {
  const { browser, site } = useBrowser();
  const views = new Map<string, Page>();

  beforeAll(async () => {
    for (const scheme of SCHEMES) {
      views.set(`phone ${scheme}`, await browser.newPage({ ...PHONE, colorScheme: scheme }));
      views.set(`wide ${scheme}`, await browser.newPage({ ...WIDE, colorScheme: scheme }));
    }
  });

  it.each(PAGES)('/%s: a compact bar and the heading on the first screen on a phone; wide unchanged', async (path) => {
    const measured = await Promise.all(
      [...views].map(async ([view, page]) => {
        await page.goto(site.url + path);
        return { view, ...(await headerFigures(page)) };
      }),
    );
    expect(measured).toHaveLength(4);
    for (const { view, header, heading } of measured) {
      const phone = view.startsWith('phone');
      expect(header, `${view}: header height`).toBeLessThanOrEqual(phone ? PHONE_HEADER_MAX : WIDE_HEADER_MAX);
      expect(heading, `${view}: heading top`).toBeLessThanOrEqual(phone ? PHONE_HEADING_TOP_MAX : WIDE_HEADING_TOP_MAX);
    }
  });

  it('on a phone shows two buttons, large enough to tap, in place of the sections and the search field', async () => {
    const page = views.get('phone light')!;
    await page.goto(`${site.url}political-dialogue/`);
    for (const name of ['Search', 'Menu'] as const) {
      const box = (await button(page, name).boundingBox())!;
      expect(box.width, `${name} width`).toBeGreaterThanOrEqual(TOUCH_TARGET);
      expect(box.height, `${name} height`).toBeGreaterThanOrEqual(TOUCH_TARGET);
      expect(await expanded(page, name)).toBe(false);
    }
    expect(await menuLinks(page).count()).toBe(MENU_ENTRIES.length);
    for (const link of await menuLinks(page).all()) expect(await link.isVisible()).toBe(false);
    expect(await headerField(page).isVisible()).toBe(false);
  });

  it('on a wide screen shows every section and the search field in place, with no buttons', async () => {
    const page = views.get('wide light')!;
    await page.goto(`${site.url}political-dialogue/`);
    expect(await button(page, 'Menu').isVisible()).toBe(false);
    expect(await button(page, 'Search').isVisible()).toBe(false);
    expect(await expanded(page, 'Menu')).toBeUndefined();
    expect(await menuLinks(page).count()).toBe(MENU_ENTRIES.length);
    for (const link of await menuLinks(page).all()) expect(await link.isVisible()).toBe(true);
    // The sections stay on one row under the title and the search field.
    const tops = await menuLinks(page).evaluateAll((links) => links.map((a) => a.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    expect(await headerField(page).isVisible()).toBe(true);
  });

  it('hints at keyboard shortcuts only where a keyboard is likely, and names them to assistive technology everywhere', async () => {
    const phone = views.get('phone dark')!;
    await phone.goto(site.url);
    await button(phone, 'Search').tap();
    expect(await headerField(phone).isVisible()).toBe(true);
    expect(await phone.locator('[data-search="header"] [data-search-shortcut]').isVisible()).toBe(false);
    expect(await headerField(phone).getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K');

    const wide = views.get('wide dark')!;
    await wide.goto(site.url);
    expect(await wide.locator('[data-search="header"] [data-search-shortcut]').isVisible()).toBe(true);
    expect(await headerField(wide).getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K');
  });
});

describe.skipIf(!hasBrowser)('the header’s Menu and Search by touch', () => {
  const { browser, site } = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage(PHONE);
  });

  it('Menu opens the list of sections and closes it again', async () => {
    await page.goto(`${site.url}political-dialogue/`);
    await button(page, 'Menu').tap();
    expect(await expanded(page, 'Menu')).toBe(true);
    const entries = await menuLinks(page).evaluateAll((links) =>
      links.map((a) => ({ text: a.textContent?.trim(), shown: a.checkVisibility() })),
    );
    expect(entries).toEqual(MENU_ENTRIES.map(({ title }) => ({ text: title, shown: true })));
    expect(await page.locator('.site-header nav.section-nav a[aria-current="page"]').textContent()).toMatch(
      /Political dialogue/,
    );
    await button(page, 'Menu').tap();
    expect(await expanded(page, 'Menu')).toBe(false);
    expect(await menuLinks(page).first().isVisible()).toBe(false);
  });

  it('a section is two taps away from any page: Menu, then the section', async () => {
    const last = MENU_ENTRIES.at(-1)!;
    await page.goto(site.url);
    await button(page, 'Menu').tap();
    await Promise.all([page.waitForURL(site.url + last.path), menuLinks(page).filter({ hasText: last.title }).tap()]);
    expect(await expanded(page, 'Menu')).toBe(false);
    expect(await page.locator('main h1').isVisible()).toBe(true);
  });

  it('Search opens with the focus in its field, and closes the menu', async () => {
    await page.goto(site.url);
    await button(page, 'Menu').tap();
    await button(page, 'Search').tap();
    expect(await expanded(page, 'Search')).toBe(true);
    expect(await expanded(page, 'Menu')).toBe(false);
    expect(await headerField(page).isVisible()).toBe(true);
    expect(await headerField(page).evaluate((field) => field === document.activeElement)).toBe(true);
    await button(page, 'Search').tap();
    expect(await expanded(page, 'Search')).toBe(false);
    expect(await headerField(page).isVisible()).toBe(false);
  });

  it.skipIf(!hasSearch())('a search result opens on its paragraph, below the header', async () => {
    await page.goto(`${site.url}practical-cooperation/`);
    await button(page, 'Search').tap();
    await page.keyboard.type('Seoul');
    const result = page.locator('[data-search="header"] [data-search-results] a[href*="#political-dialogue-2"]');
    await result.waitFor();
    await Promise.all([page.waitForURL(/\/political-dialogue\/#political-dialogue-2$/), result.tap()]);
    await settled(page);
    const place = await page.evaluate(() => {
      const { top } = document.getElementById('political-dialogue-2')!.getBoundingClientRect();
      return { top, headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom };
    });
    expect(place.top).toBeGreaterThanOrEqual(Math.max(0, place.headerBottom));
    expect(place.top).toBeLessThan(PHONE.viewport.height / 2);
  });

  it('a deep link opened cold shows its paragraph’s first line below the header', async () => {
    const cold = await browser.newPage(PHONE);
    await cold.goto(`${site.url}political-dialogue/#political-dialogue-2`);
    await settled(cold);
    const place = await cold.evaluate(() => {
      const paragraph = document.getElementById('political-dialogue-2')!;
      const firstLine = paragraph.getClientRects()[0]!;
      return {
        top: firstLine.top,
        bottom: firstLine.bottom,
        headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
      };
    });
    expect(place.top).toBeGreaterThanOrEqual(Math.max(0, place.headerBottom));
    expect(place.bottom).toBeLessThan(PHONE.viewport.height);
    await cold.context().close();
  });
});

describe.skipIf(!hasBrowser)('the header’s Menu and Search by keyboard, in a narrow window', () => {
  const { browser, site } = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage(NARROW_WINDOW);
  });

  /** Presses Tab until the focus is on `name`'s button; at most a few stops from the top of the page. */
  async function tabTo(name: 'Menu' | 'Search'): Promise<void> {
    for (let stop = 0; stop < 5; stop += 1) {
      await page.keyboard.press('Tab');
      if (await button(page, name).evaluate((summary) => summary === document.activeElement)) return;
    }
    throw new Error(`Tab did not reach the ${name} button`);
  }

  it.skipIf(!hasSearch())(
    'Search opens with Enter, the field takes the focus, and Escape closes the results, clears, then closes',
    async () => {
      await page.goto(`${site.url}political-dialogue/`);
      await tabTo('Search');
      expect(await button(page, 'Search').evaluate((summary) => summary.matches(':focus-visible'))).toBe(true);
      await page.keyboard.press('Enter');
      expect(await expanded(page, 'Search')).toBe(true);
      expect(await focused(page)).toBe('site-search');

      await page.keyboard.type('Korea');
      await page
        .locator('[data-search="header"] [data-search-results][data-search-query="Korea"]')
        .waitFor({ state: 'attached' });
      // The first Escape closes the results and the second clears the words, as in any search field of the site.
      await page.keyboard.press('Escape');
      expect(await headerField(page).inputValue()).toBe('Korea');
      expect(await headerField(page).getAttribute('aria-expanded')).toBe('false');
      expect(await expanded(page, 'Search')).toBe(true);
      await page.keyboard.press('Escape');
      expect(await headerField(page).inputValue()).toBe('');
      expect(await expanded(page, 'Search')).toBe(true);
      await page.keyboard.press('Escape');
      expect(await expanded(page, 'Search')).toBe(false);
      expect(await focused(page)).toBe('Search');
    },
  );

  it('Menu opens with Enter, Tab goes on to its sections, and Escape closes it and returns the focus', async () => {
    await page.goto(`${site.url}political-dialogue/`);
    await tabTo('Menu');
    await page.keyboard.press('Enter');
    expect(await expanded(page, 'Menu')).toBe(true);
    expect(await focused(page)).toBe('Menu');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(MENU_ENTRIES[0]!.title);
    expect(await page.evaluate(() => document.activeElement!.checkVisibility())).toBe(true);
    await page.keyboard.press('Escape');
    expect(await expanded(page, 'Menu')).toBe(false);
    expect(await focused(page)).toBe('Menu');
    // Space toggles it as well, as it does any button.
    await page.keyboard.press(' ');
    expect(await expanded(page, 'Menu')).toBe(true);
    await page.keyboard.press(' ');
    expect(await expanded(page, 'Menu')).toBe(false);
  });

  it('the Ctrl+K shortcut opens the folded search and puts the focus in its field', async () => {
    await page.goto(`${site.url}political-dialogue/`);
    await page.keyboard.press('Control+k');
    expect(await headerField(page).isVisible()).toBe(true);
    expect(await focused(page)).toBe('site-search');
    expect(await expanded(page, 'Search')).toBe(true);
  });
});

describe.skipIf(!hasBrowser)('the header on a phone without JavaScript', () => {
  const { browser, site } = useBrowser();
  const NO_JS: BrowserContextOptions = { ...PHONE, javaScriptEnabled: false };
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage(NO_JS);
  });

  it('every section and the whole document are reached through Menu', async () => {
    const reached: string[] = [];
    for (const entry of MENU_ENTRIES) {
      await page.goto(site.url);
      await button(page, 'Menu').tap();
      await Promise.all([
        page.waitForURL(site.url + entry.path),
        menuLinks(page).filter({ hasText: entry.title }).tap(),
      ]);
      reached.push((await page.locator('.site-header nav.section-nav a[aria-current="page"]').textContent())!.trim());
    }
    expect(reached).toEqual(MENU_ENTRIES.map(({ title }) => title));
  });

  it('the search form is reached through Search and leads to the search page', async () => {
    await page.goto(`${site.url}political-dialogue/`);
    await button(page, 'Search').tap();
    await headerField(page).tap();
    await page.keyboard.type('Seoul');
    await Promise.all([page.waitForURL(/\/search\/\?q=Seoul$/), page.keyboard.press('Enter')]);
    expect(await page.locator('main [data-search="page"] [data-search-input]').isVisible()).toBe(true);
    expect(await page.locator('main a[href$="/document/"]').count()).toBeGreaterThan(0);
  });
});

describe.skipIf(!hasBrowser)('the header in a browser that cannot show a closed <details>’s content', () => {
  const { browser, site } = useBrowser();

  it('keeps the compact bar at every width, its buttons side by side, and both parts open', async () => {
    const page = await browser.newPage(WIDE);
    // Such a browser skips the wide layout, which asks for ::details-content support.
    await page.route('**/_astro/*.css', async (route) => {
      const response = await route.fetch();
      const css = (await response.text()).replaceAll('selector(::details-content)', 'selector(::no-such-part)');
      expect(css).toContain('selector(::no-such-part)');
      await route.fulfill({ response, body: css });
    });
    await page.goto(`${site.url}political-dialogue/`);
    const [search, menu] = await Promise.all([
      button(page, 'Search').boundingBox(),
      button(page, 'Menu').boundingBox(),
    ]);
    expect(search!.y).toBe(menu!.y);
    expect(search!.x + search!.width).toBeLessThan(menu!.x);
    expect(menu!.x + menu!.width).toBeLessThanOrEqual(WIDE.viewport.width);

    await button(page, 'Menu').click();
    expect(await menuLinks(page).first().isVisible()).toBe(true);
    await button(page, 'Search').click();
    expect(await headerField(page).isVisible()).toBe(true);
    await page.context().close();
  });
});
