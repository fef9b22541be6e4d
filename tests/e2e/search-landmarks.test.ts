import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';

/**
 * Search as landmarks and fields: one search landmark per search on a page,
 * and no two fields with the same name, so a screen reader's list of either
 * tells them apart.
 */

/** The search landmarks and the text fields of the page, by the names assistive technology gets, sorted. */
async function searchParts(page: Page): Promise<{ landmarks: string[]; fields: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const named = (roles: string[]) =>
      nodes
        .filter((node) => !node.ignored && roles.includes(String(node.role?.value)))
        .map((node) => String(node.name?.value ?? ''))
        .sort();
    return { landmarks: named(['search']), fields: named(['combobox', 'searchbox', 'textbox']) };
  } finally {
    await cdp.detach();
  }
}

describe.skipIf(!hasBrowser)('search landmarks and field names', () => {
  const { browser, site } = useBrowser();

  it.each([
    ['search/', { landmarks: ['Search'], fields: ['Search this document', 'Search words'] }],
    [
      '404.html',
      { landmarks: ['Search', 'Site search'], fields: ['Search for the page you wanted', 'Search this document'] },
    ],
    ['political-dialogue/', { landmarks: ['Site search'], fields: ['Search this document'] }],
  ])('/%s', async (path, expected) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url + path);
    const found = await searchParts(page);
    expect(found).toEqual(expected);
    expect(new Set(found.fields).size).toBe(found.fields.length);
    await page.context().close();
  });
});
