import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { hasSearch, showSearchResults } from '../support/search-ui.ts';
import { PAGES } from '../support/site.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe has no 2.2 A-only rule), plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** No rule is disabled: every rule with one of the tags above runs. */
const DISABLED_RULES: string[] = [];

const VIEWS = [
  { scheme: 'light', width: 1280, height: 800 },
  { scheme: 'dark', width: 1280, height: 800 },
  { scheme: 'light', width: 375, height: 740 },
  { scheme: 'dark', width: 375, height: 740 },
] as const;
const viewName = (view: (typeof VIEWS)[number]) => `${view.scheme} at ${view.width} px`;

function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')} ${node.failureSummary ?? ''}`,
    ),
  );
}

async function axeViolations(page: Page): Promise<{ violations: string[]; rules: number }> {
  // Legacy mode runs axe in the page itself instead of finishing in an extra
  // blank page: a third faster, and the site has no frames it would miss.
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(TAGS)
    .disableRules(DISABLED_RULES)
    .analyze();
  const rules = new Set(
    [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((rule) => rule.id),
  );
  return { violations: describeViolations(results.violations), rules: rules.size };
}

describe.skipIf(!hasBrowser)('accessibility (axe)', () => {
  const { browser, site } = useBrowser();
  const views = new Map<string, Page>();

  beforeAll(async () => {
    for (const view of VIEWS) {
      const page = await browser.newPage({
        colorScheme: view.scheme,
        viewport: { width: view.width, height: view.height },
      });
      views.set(viewName(view), page);
    }
  });

  // The four views of a page are checked side by side: one page per view.
  it.each(PAGES)('/%s has no violation in light and dark, at 1280 and 375 px', async (path) => {
    const checked = await Promise.all(
      [...views].map(async ([view, page]) => {
        await page.goto(site.url + path);
        const { violations, rules } = await axeViolations(page);
        return { violations: violations.map((line) => `${view}: ${line}`), rules };
      }),
    );
    expect(checked.flatMap((view) => view.violations)).toEqual([]);
    for (const view of checked) expect(view.rules).toBeGreaterThan(50);
  });

  /** Violations in every view after `prepare` has brought each page into a state. */
  async function violationsInEveryView(prepare: (page: Page) => Promise<void>): Promise<string[]> {
    const lines = await Promise.all(
      [...views].map(async ([view, page]) => {
        await prepare(page);
        return (await axeViolations(page)).violations.map((line) => `${view}: ${line}`);
      }),
    );
    return lines.flat();
  }

  it('a focused skip link has no violation', async () => {
    const violations = await violationsInEveryView(async (page) => {
      await page.goto(site.url);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    });
    expect(violations).toEqual([]);
  });

  it('the header has no violation with its menu or its search open', async () => {
    for (const part of ['Menu', 'Search']) {
      const violations = await violationsInEveryView(async (page) => {
        await page.goto(`${site.url}political-dialogue/`);
        // Only narrow views fold the header's parts behind buttons; wide ones show them in place.
        const button = page.locator('.site-header summary', { hasText: part });
        if (await button.isVisible()) {
          await button.click();
          expect(await button.evaluate((summary) => (summary.parentElement as HTMLDetailsElement).open)).toBe(true);
        }
      });
      expect(violations, `${part} open`).toEqual([]);
    }
  });

  it.skipIf(!hasSearch())('search results have no violation, on the search page and in the header', async () => {
    const onSearchPage = await violationsInEveryView(async (page) => {
      await page.goto(`${site.url}search/`);
      expect(await showSearchResults(page, 'korea')).toBeGreaterThan(0);
    });
    const inHeader = await violationsInEveryView(async (page) => {
      await page.goto(site.url);
      expect(await showSearchResults(page, 'partnership')).toBeGreaterThan(0);
    });
    expect([...onSearchPage, ...inHeader]).toEqual([]);
  });

  it('notices a violation', async () => {
    const page = views.get('light at 1280 px')!;
    await page.goto(site.url);
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'favicon.svg';
      document.querySelector('main')?.append(image);
    });
    expect((await axeViolations(page)).violations.join('\n')).toMatch(/^image-alt/m);
  });
});
