import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentTitle, sourceSections } from '../../src/source/model.ts';
import { builtPages, pageFile } from '../../tools/dist.ts';
import { BUILDS, LOCAL_PREVIEW_BUILD, SECTIONS } from '../support/site.ts';

/** /llms.txt and /llms-full.txt, per the llms.txt convention, built from the same data as the pages. */

const read = (dir: string, file: string) => readFile(join(dir, file), 'utf8');

describe.each([...BUILDS, LOCAL_PREVIEW_BUILD])('/llms.txt, built $name', (build) => {
  const siteName = 'settings' in build ? build.settings.SITE_NAME : undefined;

  it('names the site, sums it up, and lists every part with one line, each link landing on a built file', async () => {
    const text = await read(build.dir, 'llms.txt');
    const lines = text.split('\n');
    expect(lines[0]).toBe(`# ${siteName ?? documentTitle}`);
    expect(lines[2]).toMatch(
      /^> The NATO policy text “Relations with the Republic of Korea” \(last updated 6 October 2016\)/,
    );
    const links = [...text.matchAll(/^- \[([^\]]+)\]\(([^)]+)\): \S.*$/gm)];
    // Every section, the document, the terms, the full text, three data files, the about page.
    expect(links).toHaveLength(SECTIONS.length + 7);
    for (const section of SECTIONS.filter((s) => s.path !== '')) {
      expect(links.map((link) => link[1])).toContain(section.title);
    }
    // Every page a reader can arrive at is listed: all but the search page and the 404 page.
    const listed = links.map(([, , url]) => new URL(url!, 'https://example.invalid').pathname.slice(build.base.length));
    const pages = (await builtPages(build.dir)).filter((page) => page !== 'search/' && page !== '404.html');
    expect(pages.length).toBe(SECTIONS.length + 3);
    for (const page of pages) expect(listed, page).toContain(page);
    for (const [, title, url] of links) {
      const path = new URL(url!, 'https://example.invalid').pathname.slice(build.base.length);
      expect(existsSync(pageFile(path, build.dir)), `${title}: ${url}`).toBe(true);
      if ('siteUrl' in build) expect(url!.startsWith(build.siteUrl), url).toBe(true);
    }
  });

  it('is named in robots.txt', async () => {
    expect(await read(build.dir, 'robots.txt')).toMatch(/^# For language models: \S*llms\.txt$/m);
  });
});

describe('/llms-full.txt', () => {
  it('holds the whole source text with its headings, character for character and in order', async () => {
    const text = await read(BUILDS[0]!.dir, 'llms-full.txt');
    expect(text.startsWith(`# ${documentTitle}\n\nLast updated: 06 Oct. 2016 17:16\n\n`)).toBe(true);
    const blocks = [
      ...sourceSections.slice(1).map((s) => `## ${s.heading}`),
      ...sourceSections.flatMap((s) => s.paragraphs),
    ];
    expect(blocks.length).toBeGreaterThan(10);
    let at = 0;
    for (const section of sourceSections) {
      for (const block of [
        ...(section === sourceSections[0] ? [] : [`## ${section.heading}`]),
        ...section.paragraphs,
      ]) {
        const found = text.indexOf(`${block}\n`, at);
        expect(found, block.slice(0, 40)).toBeGreaterThan(at - 1);
        at = found + block.length;
      }
    }
    // U+00A0 and curly quotes come through as the source has them.
    expect(text).toContain('’');
  });
});
