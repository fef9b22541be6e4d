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

  it('is named in robots.txt with /llms-full.txt, each at its published address', async () => {
    const address = (file: string) => `${'siteUrl' in build ? build.siteUrl : ''}${build.base}${file}`;
    const lines = (await read(build.dir, 'robots.txt'))
      .split('\n')
      .filter((line) => line.startsWith('# For language models: '));
    expect(lines).toEqual([
      `# For language models: ${address('llms.txt')}`,
      `# For language models: ${address('llms-full.txt')}`,
    ]);
  });
});

describe('/llms-full.txt', () => {
  it('is the whole source text with its headings, character for character and in order', async () => {
    // Built here from the source model, not with the site's own code: H1 title, the "Last updated"
    // line as the source writes it, then each section's heading as H2 (the opening part has the
    // title) and its paragraphs, blocks parted by a blank line.
    const blocks = [`# ${documentTitle}`, 'Last updated: 06 Oct. 2016 17:16'];
    sourceSections.forEach((section, i) => {
      if (i > 0) blocks.push(`## ${section.heading}`);
      blocks.push(...section.paragraphs);
    });
    // Title and date, two headings, eleven paragraphs.
    expect(blocks).toHaveLength(15);
    expect(await read(BUILDS[0]!.dir, 'llms-full.txt')).toBe(`${blocks.join('\n\n')}\n`);
  });
});
