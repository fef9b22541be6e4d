import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sectionPath } from '../../src/linking/urls.ts';
import { sourceSections } from '../../src/source/model.ts';
import { hasBrowser } from '../../tools/browser.ts';
import { useBrowser } from '../support/browser-session.ts';
import { PAGES, SECTIONS } from '../support/site.ts';

/**
 * The structure a screen reader user moves through, read from Chromium's
 * accessibility tree (the ariaSnapshot YAML): what a source paragraph says,
 * the headings and landmarks of the timeline, the names of the h1 and the
 * photograph.
 */

/** One node of an ariaSnapshot parsed as YAML: a string, or a map from "role "name"" to its children. */
type SnapshotNode = string | Record<string, SnapshotNode[] | string | null>;

/** A link or button: its role, its accessible name and, for a link, where it goes. */
interface Control {
  role: string;
  name: string;
  url?: string;
}

/** The text and the controls directly inside the one element an ariaSnapshot describes. */
function partsOf(snapshot: string): { role: string; texts: string[]; controls: Control[] } {
  const [root] = parse(snapshot) as SnapshotNode[];
  if (typeof root !== 'object' || root === undefined) throw new Error(`Not an element: ${snapshot}`);
  const [[role, children]] = Object.entries(root) as [[string, SnapshotNode[] | string | null]];
  const nodes = typeof children === 'string' ? [{ text: children }] : (children ?? []);
  const texts: string[] = [];
  const controls: Control[] = [];
  for (const node of nodes) {
    const [key = '', value] = typeof node === 'string' ? [node] : (Object.entries(node)[0] ?? []);
    const control = /^(link|button) "(.*)"/.exec(key);
    if (key === 'text') texts.push(String(value));
    else if (control) {
      const children = Array.isArray(value) ? (value as Record<string, string>[]) : [];
      const url = children.find((child) => '/url' in child)?.['/url'];
      controls.push({ role: control[1]!, name: control[2]!, ...(url === undefined ? {} : { url }) });
    } else throw new Error(`Unexpected "${key}" in ${snapshot}`);
  }
  return { role, texts, controls };
}

/** The level-3 headings of a page as a screen reader's heading list gives them. */
async function headingsOfLevel3(page: Page): Promise<string[]> {
  const snapshot = await page.locator('main').ariaSnapshot();
  return [...snapshot.matchAll(/heading "(.*)" \[level=3\]/g)].map((match) => match[1]!);
}

/** A date as an entry's heading says it: a year or a month, or a span of them ("2010 to 2013"). */
const DATE_HEARD = /^(?:Undated|(?:[A-Z][a-z]+ )?\d{4}(?: to (?:[A-Z][a-z]+ )?\d{4})?): \S/;

describe.skipIf(!hasBrowser)('page structure in the accessibility tree, in Chromium', () => {
  const { browser, site } = useBrowser();

  it('reads each source paragraph as the source’s words and its own control; the links back follow in a note', async () => {
    const page = await browser.newPage();
    let paragraphs = 0;
    for (const section of sourceSections) {
      const title = SECTIONS.find((declared) => declared.slug === section.slug)?.title;
      await page.goto(site.url + sectionPath(section.slug));
      // The accessibility tree gives a no-break space (the text's "US$ 500") as a plain space.
      const heard = section.paragraphs.map((text) => text.replaceAll('\u00a0', ' '));
      const ids = await page.locator('main article p[id]').evaluateAll((found) => found.map((p) => p.id));
      for (const [index, id] of ids.entries()) {
        const { role, texts, controls } = partsOf(await page.locator(`#${id}`).ariaSnapshot());
        expect(role, id).toBe('paragraph');
        expect(texts, id).toHaveLength(1);
        expect(heard, id).toContain(texts[0]);
        // Its one control, named for this paragraph; nothing of the timeline.
        expect(controls, id).toHaveLength(1);
        expect(controls[0]!.name).toBe(`Copy link to paragraph ${index + 1} of ${title}`);
        if (controls[0]!.role === 'link') expect(controls[0]!.url).toBe(`#${id}`);

        // Every paragraph is a source of the timeline: its note comes next, named, one entry a line.
        const note = page.locator(`#${id} + .part-citation + [role="note"]`);
        expect(await note.getAttribute('aria-label')).toBe('Editorial: in the timeline');
        const entries = await note.getByRole('listitem').count();
        expect(entries, id).toBeGreaterThan(0);
        expect(await note.getByRole('listitem').getByRole('link').count()).toBe(entries);
        paragraphs += 1;
      }
    }
    expect(paragraphs).toBe(9);
    await page.close();
  });

  it('marks the note with the word "Editorial", framed, in forced colours too', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}political-dialogue/`);
    await page.emulateMedia({ forcedColors: 'active' });
    const markers = page.locator('[role="note"] .event-backlinks__marker');
    expect(await markers.count()).toBe(3);
    const marker = await markers.first().evaluate((element) => {
      const style = getComputedStyle(element);
      return { text: element.textContent, border: style.borderTopStyle, width: style.borderTopWidth };
    });
    expect(marker).toEqual({ text: 'Editorial', border: 'solid', width: '1px' });
    await page.close();
  });

  it('names the photograph by its caption alone; its link back to the timeline follows the figure', async () => {
    const page = await browser.newPage();
    await page.goto(site.url);
    const caption = await page.locator('figure figcaption').innerText();
    expect(caption).toMatch(/^NATO Secretary General Jens Stoltenberg and Foreign Minister Yun Byung-se/);
    expect(await page.getByRole('figure', { name: caption, exact: true }).count()).toBe(1);
    expect(await page.getByRole('figure').getByRole('link').count()).toBe(0);
    expect(await page.locator('figure + [role="note"]').getByRole('link').count()).toBe(1);
    await page.close();
  });

  it('gives every timeline entry a heading that begins with its date, a span read as a range', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}timeline/`);
    const headings = await headingsOfLevel3(page);
    // Eleven dated events and seven undated activities.
    expect(headings).toHaveLength(18);
    for (const heading of headings) expect(heading).toMatch(DATE_HEARD);
    expect(headings.filter((heading) => heading.startsWith('Undated: '))).toHaveLength(7);
    expect(headings).toContain('April 2013: The Secretary General visits the Demilitarized Zone');
    expect(headings).toContain(
      '2010 to 2013: The Republic of Korea leads a Provincial Reconstruction Team in Parwan Province',
    );
    // Both ends of the span stay <time> elements.
    expect(await page.locator('#event-2010-parwan-prt h3 time').count()).toBe(2);
    await page.close();
  });

  it('has no region landmarks on /timeline/: the years are reached by their headings', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}timeline/`);
    expect(await page.getByRole('region').count()).toBe(0);
    expect(await page.locator('body').ariaSnapshot()).not.toMatch(/^\s*- region/m);
    expect(await page.getByRole('heading', { level: 2, name: '2013', exact: true }).count()).toBe(1);
    await page.close();
  });

  it.each(PAGES)('/%s has an h1 with no link to itself', async (path) => {
    const page = await browser.newPage();
    await page.goto(site.url + path);
    const title = page.getByRole('heading', { level: 1 });
    expect(await title.count()).toBe(1);
    // Neither inside it nor next to it, where the other headings have theirs.
    expect(await page.locator('h1 a, .heading-wrapper:has(> h1) a').count()).toBe(0);
    await page.close();
  });
});
