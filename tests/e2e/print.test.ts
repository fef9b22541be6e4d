import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { pdfPageLines } from '../support/pdf-lines.ts';
import { ROOT_SITE_URL } from '../support/site.ts';

/**
 * Print reads like a document: pages printed to PDF by Chromium, as a reader's
 * "Save as PDF" would, and read back line by line.
 */
const PRINTED = ['political-dialogue/', 'timeline/', 'document/'];

/** About 70 characters a line is the measure; a few more where a long word ends a line. */
const MAX_CHARACTERS_PER_LINE = 75;

/** Screen-only things that must not reach paper: the skip link, search, link controls, contents, previous and next. */
const SCREEN_ONLY = ['Skip to content', 'Search this document', '¶', 'Link copied', 'On this page', 'Next section'];

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.skipIf(!hasBrowser)('print', () => {
  const { browser, site } = useBrowser();
  const printed = new Map<string, { pages: string[][]; headings: string[] }>();

  /** The page's headings as printed (the event dates of the timeline read as headings too). */
  function printedHeadings(page: Page): Promise<string[]> {
    return page
      .locator('main :is(h1, h2, h3, h4, h5, h6), main .timeline-entry__date')
      .evaluateAll((headings) =>
        headings.filter((heading) => heading.getClientRects().length > 0).map((heading) => heading.textContent ?? ''),
      );
  }

  beforeAll(async () => {
    const page = await browser.newPage();
    for (const path of PRINTED) {
      await page.goto(site.url + path);
      await page.emulateMedia({ media: 'print' });
      const headings = (await printedHeadings(page)).map(normalise);
      const pages = await pdfPageLines(new Uint8Array(await page.pdf({ format: 'A4' })));
      printed.set(path, { pages, headings });
    }
    await page.context().close();
  });

  const printOf = (path: string) => {
    const found = printed.get(path);
    if (!found) throw new Error(`${path} was not printed`);
    return found;
  };

  it.each(PRINTED)(`/%s prints at most ${MAX_CHARACTERS_PER_LINE} characters a line`, (path) => {
    const lines = printOf(path).pages.flat();
    expect(lines.length).toBeGreaterThan(10);
    const long = lines.filter((line) => line.length > MAX_CHARACTERS_PER_LINE);
    expect(long).toEqual([]);
  });

  it.each(PRINTED)('/%s ends no page with a heading', (path) => {
    const { pages, headings } = printOf(path);
    expect(headings.length).toBeGreaterThan(0);
    // A heading's line: all of it, or its first or last line where it wraps.
    const isHeadingLine = (line: string) =>
      headings.some(
        (heading) => heading === line || (line.length >= 8 && (heading.startsWith(line) || heading.endsWith(line))),
      );
    const stranded = pages
      .slice(0, -1)
      .map((lines, index) => ({ page: index + 1, last: lines.at(-1) ?? '' }))
      .filter(({ last }) => isHeadingLine(last));
    expect(stranded).toEqual([]);
  });

  it.each(PRINTED)('/%s prints its own address and no relative one', (path) => {
    const text = printOf(path).pages.flat().join('\n');
    expect(text).toContain(`${ROOT_SITE_URL}/${path}`);
    expect(text).not.toMatch(/\(\//);
  });

  it.each(PRINTED)('/%s leaves the screen’s controls off paper', (path) => {
    const text = printOf(path).pages.flat().join('\n');
    expect(SCREEN_ONLY.filter((words) => text.includes(words))).toEqual([]);
  });
});
