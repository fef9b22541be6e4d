import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LOCAL_PREVIEW_WARNING } from '../../build/site-config.ts';
import type { DocumentJson } from '../../src/reading/document-json.ts';
import type { TimelineJson } from '../../src/timeline/json.ts';
import { readPage } from '../../tools/dist.ts';
import { LOCAL_PREVIEW_BUILD, PAGES } from '../support/site.ts';

/**
 * A build without SITE_URL is for local preview: it names no origin, so no
 * page, robots.txt or export can send a reader to localhost. Its addresses
 * are paths from the host's root, and it has no sitemap, which needs
 * absolute URLs.
 */
const { dir } = LOCAL_PREVIEW_BUILD;
const log = inject('localPreviewBuildLog');
const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name));

describe('a build without SITE_URL', () => {
  it('contains no localhost anywhere, in any file', async () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect((await readFile(file)).includes('localhost'), file).toBe(false);
  });

  it('names no origin on its pages: no canonical or Open Graph URL, no printed address', async () => {
    for (const path of PAGES) {
      const $ = await readPage(path, dir);
      expect($('link[rel="canonical"], meta[property="og:url"], .print-url'), path).toHaveLength(0);
      for (const script of $('script[type="application/ld+json"]').toArray()) {
        // The vocabulary's own address is the one absolute URL JSON-LD needs.
        expect($(script).text().replace('"https://schema.org"', ''), path).not.toMatch(/https?:\/\//);
      }
    }
  });

  it('has no sitemap, and a robots.txt that names none, only the guides for language models by path', async () => {
    expect(files.filter((file) => /sitemap/.test(file))).toEqual([]);
    expect(await readFile(join(dir, 'robots.txt'), 'utf8')).toBe(
      'User-agent: *\nAllow: /\n# For language models: /llms.txt\n# For language models: /llms-full.txt\n',
    );
  });

  it('gives paths from the host’s root in its JSON exports', async () => {
    const document = JSON.parse(await readFile(join(dir, 'document.json'), 'utf8')) as DocumentJson;
    const timeline = JSON.parse(await readFile(join(dir, 'timeline.json'), 'utf8')) as TimelineJson;
    expect(document.url).toBe('/');
    expect(document.sections[1]?.paragraphs[0]?.url).toBe('/practical-cooperation/#practical-cooperation-1');
    expect(timeline.events[0]?.url).toMatch(/^\/timeline\/#event-/);
    expect(JSON.stringify([document, timeline])).not.toMatch(/https?:\/\//);
  });

  // Builds reused (SKIP_BUILD=1) printed nothing this run.
  it.skipIf(log === '')('printed one warning saying what to set', () => {
    expect(log.split(LOCAL_PREVIEW_WARNING)).toHaveLength(2);
    expect(LOCAL_PREVIEW_WARNING).toContain('SITE_URL=https://example.org');
  });
});
