import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../../build/verify/link-check.ts';
import { siteFromStrings } from '../../../../build/verify/site-files.ts';
import { problemLine } from '../../../../src/errors/editor-error.ts';

const options = { siteUrl: 'https://example.org', base: '/' };
const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('checkLinks', () => {
  it('passes a site whose links all land', () => {
    const site = siteFromStrings({
      'index.html': page(
        '<a href="a/">A</a> <a href="/a/#p-1">p1</a> <a href="#top">top</a> <img src="/x.svg" alt="">',
        '<link rel="canonical" href="https://example.org/">',
      ),
      'a/index.html': page(
        '<h1 id="a">A</h1><p id="p-1">x</p><a href="../">home</a><a href="https://elsewhere.example/">out</a>',
        '<meta property="og:url" content="https://example.org/a/">',
      ),
      'x.svg': '<svg/>',
      'robots.txt': 'Sitemap: https://example.org/sitemap.xml',
      'sitemap.xml': '<urlset><url><loc>https://example.org/a/</loc></url></urlset>',
    });
    site.pages.get('index.html')!('body').attr('id', 'top');
    const report = checkLinks(site, options);
    expect(report.problems).toEqual([]);
    expect(report.fragmentsChecked).toBe(2);
    expect(report.external).toBe(1);
    expect(report.checked).toEqual({ link: 4, asset: 1, 'head link': 1, metadata: 1, 'robots.txt': 1, sitemap: 1 });
  });

  it('finds broken links in every place a reference can hide', () => {
    const ld = JSON.stringify({ '@type': 'BreadcrumbList', itemListElement: [{ item: 'https://example.org/gone/' }] });
    const site = siteFromStrings({
      'index.html': page(
        `<a href="/missing/">m</a><a href="/a/#nope">f</a><form action="/search/"></form><script type="application/ld+json">${ld}</script>`,
        '<link rel="stylesheet" href="/style.css">',
      ),
      'a/index.html': page('<h1 id="a">A</h1><a name="legacy"></a>'),
      'robots.txt': 'Sitemap: https://example.org/sitemap-index.xml',
      'sitemap.xml': '<urlset><url><loc>https://example.org/old/</loc></url></urlset>',
    });
    expect(checkLinks(site, options).problems.map(problemLine)).toEqual([
      '/: link "/missing/" points to a missing page or file',
      '/: link "/a/#nope": no element with id "nope" on /a/. Anchors there: a, legacy',
      '/: head link "/style.css" points to a missing page or file',
      '/: form "/search/" points to a missing page or file',
      '/: structured data "https://example.org/gone/" points to a missing page or file',
      '/robots.txt: robots.txt "https://example.org/sitemap-index.xml" points to a missing page or file',
      '/sitemap.xml: sitemap "https://example.org/old/" points to a missing page or file',
    ]);
  });

  it('holds links to the base path under a base path, and decodes fragments', () => {
    const site = siteFromStrings({
      'index.html': page('<a href="/base/a/#caf%C3%A9">ok</a><a href="/a/">no base</a><a href="a/#x">rel</a>'),
      'a/index.html': page('<h2 id="café">Café</h2>'),
    });
    expect(checkLinks(site, { siteUrl: 'https://example.org', base: '/base/' }).problems.map(problemLine)).toEqual([
      '/: link "/a/" points outside the base path /base/',
      '/: link "a/#x": no element with id "x" on /base/a/. Anchors there: café',
    ]);
  });

  it('reports JSON-LD that does not parse, and fragments on non-HTML files', () => {
    const site = siteFromStrings({
      'index.html': page('<script type="application/ld+json">{oops</script><a href="/data.json#x">j</a>'),
      'data.json': '{}',
    });
    const problems = checkLinks(site, options).problems.map(problemLine);
    expect(problems[0]).toMatch(/^\/: JSON-LD that does not parse/);
    expect(problems[1]).toBe('/: link "/data.json#x" has a fragment, but /data.json is not an HTML page');
  });
});
