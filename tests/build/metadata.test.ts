import type { CheerioAPI } from 'cheerio';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../tools/dist.ts';
import { BUILDS, PAGES, SECTIONS, SOURCE_SECTIONS } from '../support/site.ts';

function jsonLd($: CheerioAPI, type: string): Record<string, unknown> | undefined {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse($(el).text()) as Record<string, unknown>)
    .find((data) => data['@type'] === type);
}

describe.each(BUILDS)('metadata, built $name', ({ dir, siteUrl, base }) => {
  const absolute = (path: string) => new URL(base + path, siteUrl).href;
  /** Every page but the 404 page, which is served for unknown paths and has no URL of its own. */
  const pages = PAGES.filter((path) => path !== '404.html');

  it('gives every page its canonical URL from SITE_URL and the base path, and says so in print', async () => {
    for (const path of pages) {
      const $ = await readPage(path, dir);
      expect($('link[rel="canonical"]').attr('href'), path).toBe(absolute(path));
      expect($('.print-url').text(), path).toBe(absolute(path));
    }
  });

  it('gives every page a description and Open Graph title, description, URL and type', async () => {
    for (const path of pages) {
      const $ = await readPage(path, dir);
      const description = $('meta[name="description"]').attr('content') ?? '';
      expect(description.length, path).toBeGreaterThan(20);
      expect($('meta[property="og:title"]').attr('content'), path).toBe($('title').text());
      expect($('meta[property="og:description"]').attr('content'), path).toBe(description);
      expect($('meta[property="og:url"]').attr('content'), path).toBe(absolute(path));
      expect(['website', 'article'], path).toContain($('meta[property="og:type"]').attr('content'));
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

  it('describes /document/ as an Article last modified on 6 October 2016, with one part per section', async () => {
    const $ = await readPage('document/', dir);
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect(jsonLd($, 'Article')).toMatchObject({
      '@context': 'https://schema.org',
      headline: 'Relations with the Republic of Korea',
      url: absolute('document/'),
      dateModified: '2016-10-06',
      publisher: { '@type': 'Organization', name: 'NATO' },
      hasPart: SOURCE_SECTIONS.map(({ title, path }) => ({
        '@type': 'WebPageElement',
        name: title,
        url: absolute(path),
      })),
    });
  });

  it('shows breadcrumbs Home › Section with matching BreadcrumbList data, none on the home page', async () => {
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
      expect(jsonLd($, 'BreadcrumbList')).toEqual({
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Home', item: absolute('') },
          { '@type': 'ListItem', position: 2, name: title, item: absolute(path) },
        ],
      });
    }
    const home = await readPage('', dir);
    expect(home('nav.breadcrumbs')).toHaveLength(0);
    expect(jsonLd(home, 'BreadcrumbList')).toBeUndefined();
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
      ['#relations-with-the-republic-of-korea', 'Overview'],
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
