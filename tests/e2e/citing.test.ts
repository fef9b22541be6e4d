import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { ROOT_SITE_URL } from '../support/site.ts';

/** "Cite this" and the citation of a landed paragraph or event, in Chromium. */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

describe.skipIf(!hasBrowser)('citing in Chromium', () => {
  const { browser, site } = useBrowser();

  async function open(path: string, options = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
    const page = await context.newPage();
    await page.goto(site.url + path);
    return { context, page };
  }

  it('opens "Cite this" and copies a reference with the keyboard alone, announcing "Copied"', async () => {
    const { context, page } = await open('political-dialogue/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(request.url()));
    await page.locator('.cite-this > summary').focus();
    // The Copy buttons' code waits for the block to be opened.
    expect(loaded.filter((url) => url.includes('copy-reference'))).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await page.locator('.cite-this').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    const copy = page.getByRole('button', { name: 'Copy APA reference' });
    await copy.waitFor();
    await page.keyboard.press('Tab');
    expect(await copy.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      `NATO. (2016, October 6). Relations with the Republic of Korea: Political dialogue. ${ROOT_SITE_URL}/political-dialogue/`,
    );
    expect(await copy.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(loaded.filter((url) => url.includes('copy-reference'))).toHaveLength(1);
    await context.close();
  });

  it('reads fine without JavaScript: the block opens, shows every reference and the files, and no dead button', async () => {
    const { context, page } = await open('political-dialogue/', { javaScriptEnabled: false });
    await page.locator('.cite-this > summary').focus();
    await page.keyboard.press('Enter');
    const block = page.locator('.cite-this');
    expect(await block.locator('.citation-reference:visible').count()).toBe(3);
    expect(await block.locator('button:visible').count()).toBe(0);
    expect(await block.locator('a[download]:visible').allTextContents()).toEqual(['BibTeX', 'RIS', 'CSL-JSON']);
    // A paragraph's control, followed, shows its citation with the pinpoint.
    await page.locator('#political-dialogue-2 a.part-link').click();
    const citation = page.locator('#political-dialogue-2 + .part-citation');
    await citation.waitFor();
    expect(await citation.textContent()).toContain('(NATO, 2016, para. 2)');
    expect(await page.locator('#political-dialogue-1 + .part-citation').isVisible()).toBe(false);
    await context.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violation in the open block and a landed part’s citation, %s',
    async (colorScheme) => {
      for (const [path, landed] of [
        ['political-dialogue/#political-dialogue-2', '#political-dialogue-2 + .part-citation'],
        ['timeline/#event-2013-04-secretary-general-visit', '#event-2013-04-secretary-general-visit'],
      ] as const) {
        const { context, page } = await open(path, { colorScheme });
        await page.locator('.cite-this > summary').click();
        await page.getByRole('button', { name: 'Copy APA reference' }).waitFor();
        expect(await page.locator(landed).isVisible()).toBe(true);
        const results = await new AxeBuilder({ page })
          .setLegacyMode(true)
          .withTags(TAGS)
          .include('.cite-this')
          .include(landed)
          .analyze();
        expect(results.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
        expect(results.passes.length).toBeGreaterThan(5);
        await context.close();
      }
    },
  );
});
