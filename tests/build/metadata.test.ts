import type { CheerioAPI } from 'cheerio';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../tools/dist.ts';
import { BUILDS, PAGES, SECTIONS, SOURCE_SECTIONS } from '../support/site.ts';

/** The JSON-LD objects of a page: one per page, describing the page. */
function jsonLd($: CheerioAPI): Record<string, unknown>[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse($(el).text()) as Record<string, unknown>);
}

const TITLE = 'Relations with the Republic of Korea';

describe.each(BUILDS)('metadata, built $name', ({ dir, siteUrl, base, settings }) => {
  const absolute = (path: string) => new URL(base + path, siteUrl).href;
  /** Every page but the 404 page, which is served for unknown paths and has no URL of its own. */
  const pages = PAGES.filter((path) => path !== '404.html');

  it('gives every page its canonical URL from SITE_URL and the base path, and says so in print', async () => {
    expect(pages.length).toBeGreaterThanOrEqual(7);
    for (const path of pages) {
      const $ = await readPage(path, dir);
      expect($('link[rel="canonical"]').attr('href'), path).toBe(absolute(path));
      expect($('.print-url').text(), path).toBe(absolute(path));
    }
  });

  it('gives every page a description and Open Graph title, description, URL and type, and the site’s own name only when set', async () => {
    for (const path of pages) {
      const $ = await readPage(path, dir);
      const description = $('meta[name="description"]').attr('content') ?? '';
      expect(description.length, path).toBeGreaterThan(20);
      expect($('meta[property="og:title"]').attr('content'), path).toBe($('title').text());
      expect($('meta[property="og:description"]').attr('content'), path).toBe(description);
      expect($('meta[property="og:url"]').attr('content'), path).toBe(absolute(path));
      expect(['website', 'article'], path).toContain($('meta[property="og:type"]').attr('content'));
      // The site is not the text: its name is configuration, never the text's title.
      expect($('meta[property="og:site_name"]').attr('content'), path).toBe(settings.SITE_NAME);
    }
  });

  it('lists every page but the 404 page in the sitemap, and names the sitemap in robots.txt', async () => {
    const robots = await readFile(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(new RegExp(`^Sitemap: ${absolute('sitemap-index.xml').replace(/[.?]/g, '\\$&')}$`, 'm'));
    const index = await readFile(join(dir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    // One sitemap file holds up to 45,000 URLs.
    expect(sitemaps).toHaveLength(1);
    const listed: string[] = [];
    for (const url of sitemaps) {
      expect(url.startsWith(absolute(''))).toBe(true);
      const xml = await readFile(join(dir, url.slice(absolute('').length)), 'utf8');
      listed.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    }
    expect(listed.sort()).toEqual(pages.map(absolute).sort());
  });

  it('describes every page as a republication, based on the NATO page as the text dates it', async () => {
    const original = {
      '@type': 'WebPage',
      name: TITLE,
      inLanguage: 'en',
      publisher: { '@type': 'Organization', name: 'NATO' },
      dateModified: '2016-10-06T17:16',
      ...(settings.SOURCE_URL ? { url: settings.SOURCE_URL } : {}),
    };
    const site = settings.SITE_NAME
      ? {
          isPartOf: {
            '@type': 'WebSite',
            name: settings.SITE_NAME,
            url: absolute(''),
            publisher: { '@type': 'Organization', name: settings.SITE_PUBLISHER },
          },
          publisher: { '@type': 'Organization', name: settings.SITE_PUBLISHER },
        }
      : {};
    for (const path of pages) {
      const $ = await readPage(path, dir);
      const [data, ...more] = jsonLd($);
      expect(more, path).toEqual([]);
      expect(data, path).toMatchObject({
        '@context': 'https://schema.org',
        name: $('title').text(),
        description: $('meta[name="description"]').attr('content'),
        url: absolute(path),
        inLanguage: 'en',
        isBasedOn: original,
      });
      // Exactly what the text and the settings support: nothing else about the original, no site that is not configured.
      expect(data!['isBasedOn'], path).toEqual(original);
      expect({ isPartOf: data!['isPartOf'], publisher: data!['publisher'] }, path).toEqual({
        isPartOf: undefined,
        publisher: undefined,
        ...site,
      });
    }
    expect(jsonLd(await readPage('about/', dir))[0]?.['@type']).toBe('AboutPage');
    expect(jsonLd(await readPage('search/', dir))[0]?.['@type']).toBe('SearchResultsPage');
    expect(jsonLd(await readPage('404.html', dir))).toEqual([]);
  });

  it('gives /document/ one part per section, each named by its heading in the text', async () => {
    const $ = await readPage('document/', dir);
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect(jsonLd($)[0]?.['hasPart']).toEqual(
      SOURCE_SECTIONS.map(({ title, path }, index) => ({
        '@type': 'WebPageElement',
        // The text before the first heading has none: the text's title stands above it.
        name: index === 0 ? TITLE : title,
        url: absolute(path),
      })),
    );
  });

  it('shows breadcrumbs Home › Section, the same trail in the page’s JSON-LD, none on the home page', async () => {
    for (const { path, title } of SECTIONS.slice(1)) {
      const $ = await readPage(path, dir);
      expect(
        $('nav.breadcrumbs li')
          .map((_, li) => $(li).text())
          .get(),
        path,
      ).toEqual(['Home', title]);
      expect($('nav.breadcrumbs a').attr('href')).toBe(base);
      expect($('nav.breadcrumbs li').last().attr('aria-current')).toBe('page');
      expect(jsonLd($)[0]?.['breadcrumb']).toEqual({
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Home', item: { '@id': absolute('') } },
          { '@type': 'ListItem', position: 2, name: title, item: { '@id': absolute(path) } },
        ],
      });
    }
    const home = await readPage('', dir);
    expect(home('nav.breadcrumbs')).toHaveLength(0);
    expect(jsonLd(home)[0]?.['breadcrumb']).toBeUndefined();
  });
});

describe('navigation between sections', () => {
  it('links each section of the source to the page before and after it, in reading order', async () => {
    expect(SECTIONS).toHaveLength(4);
    expect(SOURCE_SECTIONS).toHaveLength(3);
    for (const section of SOURCE_SECTIONS) {
      const $ = await readPage(section.path);
      const index = SECTIONS.indexOf(section);
      const [before, after] = [SECTIONS[index - 1], SECTIONS[index + 1]];
      expect(
        {
          previous: $('.prev-next a[rel="prev"]').attr('href'),
          next: $('.prev-next a[rel="next"]').attr('href'),
          nextTitle: $('.prev-next a[rel="next"] .prev-next__title').text(),
        },
        section.path,
      ).toEqual({
        previous: before && `/${before.path}`,
        next: after && `/${after.path}`,
        nextTitle: after?.title ?? '',
      });
    }
  });

  it('gives /document/ contents linking to each section, a plain list without JavaScript', async () => {
    const $ = await readPage('document/');
    const entries = $('nav.toc page-toc a')
      .map((_, a) => [[$(a).attr('href'), $(a).text()]])
      .get();
    expect(entries).toEqual([
      // Each entry is named as its heading on the page: the text gives the part before its first heading none of its own.
      ['#relations-with-the-republic-of-korea', 'Relations with the Republic of Korea'],
      ['#practical-cooperation', 'Practical cooperation'],
      ['#political-dialogue', 'Political dialogue'],
    ]);
    expect($('nav.toc').attr('aria-label')).toBe('On this page');
  });

  it('leaves the contents out where a section has no headings of its own', async () => {
    expect((await readPage('political-dialogue/'))('nav.toc')).toHaveLength(0);
  });
});

describe('the 404 page', () => {
  it('is not indexed, offers the search form and links to every section and the whole document', async () => {
    for (const { dir, base } of BUILDS) {
      const $ = await readPage('404.html', dir);
      expect($('meta[name="robots"]').attr('content')).toBe('noindex');
      expect($('link[rel="canonical"]')).toHaveLength(0);
      expect($('main form[role="search"]').attr('action')).toBe(`${base}search/`);
      expect($('main form[role="search"] input[name="q"]')).toHaveLength(1);
      const links = $('main a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(links).toEqual(
        expect.arrayContaining([...SOURCE_SECTIONS.map(({ path }) => base + path), `${base}document/`]),
      );
    }
  });
});
