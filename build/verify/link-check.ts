import type { CheerioAPI } from 'cheerio';
import type { Problem } from '../../src/errors/editor-error.ts';
import { anchorsOf, fileForPath, pathForFile, type SiteFiles } from './site-files.ts';

/**
 * A link checker over a built site, in the spirit of the Astro docs' own:
 * every internal reference must reach a file that exists, and every
 * #fragment an element with that id on the page it points to. A broken
 * fragment is reported with the anchors that do exist there, so the fix is
 * obvious. External URLs are counted, not fetched (no network in tests).
 */
export interface LinkCheckOptions {
  /** The published origin, e.g. https://example.org (from SITE_URL); none for a local preview build. */
  siteUrl?: string | undefined;
  /** The base path the site is built for, with slashes: '/' or '/nato-rok/'. */
  base: string;
  /**
   * The content file of a section (content/sections/<slug>.mdx): a broken link
   * written in a section's text is reported once, against that file, though
   * it shows on the section's page and on /document/.
   */
  fileOfSection?: (slug: string) => string;
}

export interface LinkCheckReport {
  problems: Problem[];
  /** Internal references checked, by where they were found. */
  checked: Record<string, number>;
  fragmentsChecked: number;
  external: number;
}

interface Reference {
  kind: string;
  url: string;
  /** The section whose text holds the link, when it is in one ([data-section]). */
  section?: string | undefined;
}

const SKIPPED_SCHEMES = /^(mailto|tel|javascript|data|blob):/i;
/** Where a local preview build's relative links are resolved: an origin no real address has. */
const LOCAL_ORIGIN = 'https://local-preview.invalid';
const JSON_LD_URL_KEYS = new Set(['url', 'item', '@id', 'mainEntityOfPage', 'sameAs']);
const ANCHOR_LIST_LIMIT = 40;

function jsonLdUrls(value: unknown, out: string[]): void {
  if (Array.isArray(value)) value.forEach((item) => jsonLdUrls(item, out));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (JSON_LD_URL_KEYS.has(key) && typeof child === 'string') out.push(child);
      else jsonLdUrls(child, out);
    }
  }
}

/** Everything in a page that points somewhere: links, assets, forms, metadata, structured data. */
export function pageReferences($: CheerioAPI, where: string): { refs: Reference[]; problems: Problem[] } {
  const refs: Reference[] = [];
  const problems: Problem[] = [];
  const add = (selector: string, attribute: string, kind: string) =>
    $(selector).each((_, el) => {
      const value = $(el).attr(attribute);
      if (value !== undefined) {
        refs.push({ kind, url: value.trim(), section: $(el).closest('[data-section]').attr('data-section') });
      }
    });
  add('a[href], area[href]', 'href', 'link');
  add('link[href]', 'href', 'head link');
  add('script[src], img[src], source[src], iframe[src], video[src], audio[src]', 'src', 'asset');
  add('form[action]', 'action', 'form');
  add('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]', 'content', 'metadata');
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      const urls: string[] = [];
      jsonLdUrls(JSON.parse($(el).text()), urls);
      refs.push(...urls.map((url) => ({ kind: 'structured data', url })));
    } catch (error) {
      problems.push({ where, what: `JSON-LD that does not parse: ${(error as Error).message}` });
    }
  });
  return { refs, problems };
}

/** The addresses in a JSON export: every value of a key named url or ending in Url. */
function jsonUrls(value: unknown, out: string[]): void {
  if (Array.isArray(value)) value.forEach((item) => jsonUrls(item, out));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'url' || key.endsWith('Url')) && typeof child === 'string') out.push(child);
      else jsonUrls(child, out);
    }
  }
}

function textReferences(file: string, text: string): Reference[] {
  if (file.endsWith('.xml'))
    return [...text.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => ({ kind: 'sitemap', url: m[1]! }));
  if (file.endsWith('.json')) {
    const urls: string[] = [];
    jsonUrls(JSON.parse(text), urls);
    return urls.map((url) => ({ kind: 'JSON export', url }));
  }
  if (!/(^|\/)robots\.txt$/.test(file)) return [];
  return [...text.matchAll(/^\s*Sitemap:\s*(\S+)/gim)].map((m) => ({ kind: 'robots.txt', url: m[1]! }));
}

export function checkLinks(site: SiteFiles, { siteUrl, base, fileOfSection }: LinkCheckOptions): LinkCheckReport {
  const origin = new URL(siteUrl ?? LOCAL_ORIGIN).origin;
  const report: LinkCheckReport = { problems: [], checked: {}, fragmentsChecked: 0, external: 0 };
  const anchors = new Map<string, Set<string>>();
  const anchorsIn = (file: string) => {
    let set = anchors.get(file);
    if (!set) anchors.set(file, (set = anchorsOf(site.pages.get(file)!)));
    return set;
  };

  // Links in a section's text, by file and reference: one problem for all the pages that show it.
  const inContent = new Map<string, Problem & { pages: string[] }>();
  const check = (from: string, ref: Reference) => {
    const contentFile = ref.section === undefined ? undefined : fileOfSection?.(ref.section);
    const page = pathForFile(from);
    const fail = (what: string) => {
      if (contentFile === undefined) {
        report.problems.push({ where: page, what });
        return;
      }
      const key = `${contentFile}\n${ref.url}`;
      const known = inContent.get(key);
      if (known) known.pages.push(page);
      else inContent.set(key, { where: contentFile, what, pages: [page] });
    };
    const pageUrl = new URL(base + pathForFile(from).slice(1), origin);
    if (ref.url === '' || SKIPPED_SCHEMES.test(ref.url)) return;
    let url: URL;
    try {
      url = new URL(ref.url, pageUrl);
    } catch {
      fail(`${ref.kind} "${ref.url}" is not a valid URL`);
      return;
    }
    if (url.origin !== origin) {
      report.external += 1;
      return;
    }
    report.checked[ref.kind] = (report.checked[ref.kind] ?? 0) + 1;
    const reference = `${ref.kind} "${ref.url}"`;
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      fail(`${reference} points outside the base path ${base}`);
      return;
    }
    const file = fileForPath(path.slice(base.length));
    if (!site.files.has(file)) {
      const hint = site.files.has(`${file}/index.html`) ? ` (the page is ${path}/: add the trailing slash)` : '';
      fail(`${reference} points to a missing page or file${hint}`);
      return;
    }
    if (url.hash.length > 1) {
      report.fragmentsChecked += 1;
      const id = decodeURIComponent(url.hash.slice(1));
      if (!site.pages.has(file)) {
        fail(`${reference} has a fragment, but ${path} is not an HTML page`);
      } else if (!anchorsIn(file).has(id)) {
        const existing = [...anchorsIn(file)].sort();
        const shown =
          existing.slice(0, ANCHOR_LIST_LIMIT).join(', ') + (existing.length > ANCHOR_LIST_LIMIT ? ', …' : '');
        // A relative #fragment means each page itself: named by the page only outside a section's text.
        const on = contentFile !== undefined && ref.url.startsWith('#') ? 'on the page' : `on ${path}`;
        fail(`${reference}: no element with id "${id}" ${on}. Anchors there: ${shown || 'none'}`);
      }
    }
  };

  for (const [file, $] of site.pages) {
    const { refs, problems } = pageReferences($, pathForFile(file));
    report.problems.push(...problems);
    refs.forEach((ref) => check(file, ref));
  }
  for (const [file, text] of site.texts) textReferences(file, text).forEach((ref) => check(file, ref));
  for (const { where, what, pages } of inContent.values()) {
    report.problems.push({ where, what: `${what} (on ${pages.join(' and ')})` });
  }
  return report;
}
