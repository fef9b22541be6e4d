import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../build/verify/link-check.ts';
import { basePathDistDir, distDir, TEST_BASE_PATH, TEST_SITE_URL } from '../../tools/paths.ts';
import { readSiteFiles, type SiteFiles } from '../../build/verify/site-files.ts';
import { problemLine } from '../../src/errors/editor-error.ts';
import { LOCAL_PREVIEW_BUILD, ROOT_SITE_URL } from '../support/site.ts';

/** Every kind of reference a published build has; a local preview has no absolute metadata URLs, sitemap or Sitemap line. */
const PUBLISHED_KINDS = [
  'JSON export',
  'asset',
  'form',
  'head link',
  'link',
  'metadata',
  'robots.txt',
  'sitemap',
  'structured data',
];
const LOCAL_PREVIEW_KINDS = ['JSON export', 'asset', 'form', 'head link', 'link', 'structured data'];

describe.each([
  ['at the domain root', distDir, ROOT_SITE_URL, '/', PUBLISHED_KINDS],
  ['under a base path', basePathDistDir, TEST_SITE_URL, TEST_BASE_PATH, PUBLISHED_KINDS],
  ['without SITE_URL', LOCAL_PREVIEW_BUILD.dir, undefined, '/', LOCAL_PREVIEW_KINDS],
])('no broken internal link, built %s', (_, dir, siteUrl, base, kinds) => {
  let site: SiteFiles;
  beforeAll(async () => {
    site = await readSiteFiles(dir);
  });

  it('reaches every page, file and #fragment it points to', () => {
    const report = checkLinks(site, { siteUrl, base });
    console.log(
      `Link check (${base}): ${Object.entries(report.checked)
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ')}; ` + `${report.fragmentsChecked} fragments; ${report.external} external not fetched`,
    );
    expect(report.problems).toEqual([]);
    // Every kind of reference was seen, so none silently went unchecked.
    expect(Object.keys(report.checked).sort()).toEqual(kinds);
    // Heading and paragraph permalinks alone give dozens of fragments.
    expect(report.fragmentsChecked).toBeGreaterThan(40);
  });
});

describe('the link check bites on the real site', () => {
  let site: SiteFiles;
  beforeAll(async () => {
    site = await readSiteFiles(distDir);
  });

  function withLink(href: string): SiteFiles {
    const pages = new Map(site.pages);
    const $ = load(site.pages.get('practical-cooperation/index.html')!.html());
    $('main').append(`<a href="${href}">x</a>`);
    pages.set('practical-cooperation/index.html', $);
    return { ...site, pages };
  }

  it('reports a link to a missing fragment and lists the anchors that exist there', () => {
    const problems = checkLinks(withLink('/political-dialogue/#political-dialogue-9'), {
      siteUrl: ROOT_SITE_URL,
      base: '/',
    }).problems.map(problemLine);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^\/practical-cooperation\/: link "\/political-dialogue\/#political-dialogue-9": no element with id "political-dialogue-9" on \/political-dialogue\/\. Anchors there: .*political-dialogue-1, political-dialogue-2, political-dialogue-3/,
    );
  });

  it('reports a link to a missing page, and a page link without its trailing slash', () => {
    expect(
      checkLinks(withLink('/no-such-section/'), { siteUrl: ROOT_SITE_URL, base: '/' }).problems.map(problemLine),
    ).toEqual(['/practical-cooperation/: link "/no-such-section/" points to a missing page or file']);
    expect(
      checkLinks(withLink('../political-dialogue'), { siteUrl: ROOT_SITE_URL, base: '/' }).problems.map(problemLine),
    ).toEqual([
      '/practical-cooperation/: link "../political-dialogue" points to a missing page or file (the page is /political-dialogue/: add the trailing slash)',
    ]);
  });

  it('reports a link that forgets the base path', async () => {
    const based = await readSiteFiles(basePathDistDir);
    const pages = new Map(based.pages);
    const $ = load(based.pages.get('index.html')!.html());
    $('main').append('<a href="/political-dialogue/">x</a>');
    pages.set('index.html', $);
    expect(
      checkLinks({ ...based, pages }, { siteUrl: TEST_SITE_URL, base: TEST_BASE_PATH }).problems.map(problemLine),
    ).toEqual([`/: link "/political-dialogue/" points outside the base path ${TEST_BASE_PATH}`]);
  });
});
