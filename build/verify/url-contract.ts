import type { CheerioAPI } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorsOf, fileForPath, pathForFile, type SiteFiles } from './site-files.ts';

/** The published promises, kept with the content they are made from. */
export const URL_CONTRACT_FILE = 'content/url-contract.json';

export function readUrlContract(root: string): UrlContract {
  return JSON.parse(readFileSync(join(root, URL_CONTRACT_FILE), 'utf8')) as UrlContract;
}

/**
 * The URL contract: every published page (path below the base) with the
 * fragments published on it. Removing one breaks a promise unless the old
 * URL still lands: an id kept as an alias (front matter headingAliases) or a
 * page kept as a redirect (Astro `redirects`, a meta refresh page).
 */
export interface UrlContract {
  $comment?: string;
  pages: Record<string, string[]>;
}

/**
 * What counts as a published fragment on a page, so a new one cannot be
 * published without being promised: headings, source paragraphs, figures
 * old heading ids, timeline entries (events and undated activities) and
 * "Cite this" blocks.
 */
export const PUBLISHED_FRAGMENTS = [
  'main :is(h1, h2, h3, h4, h5, h6)[id]',
  'main p[id]',
  'main figure[id]',
  'main [data-heading-alias][id]',
  'main .timeline-entry[id]',
  'main .cite-this[id]',
];

/** Pages that are not promises: the 404 page is served for any unknown path. */
const UNPUBLISHED_PAGES = new Set(['/404.html']);
const MAX_REDIRECTS = 5;

function redirectTarget($: CheerioAPI): string | undefined {
  const content = $('meta[http-equiv="refresh" i]').attr('content');
  return content ? /url\s*=\s*['"]?([^'"\s]+)/i.exec(content)?.[1] : undefined;
}

/** Follows redirect pages from `path`; the file that finally answers, or a problem. */
function landingFile(site: SiteFiles, path: string, base: string): { file?: string; problem?: string } {
  let current = path;
  for (let hops = 0; hops <= MAX_REDIRECTS; hops += 1) {
    const file = fileForPath(current);
    if (!site.files.has(file))
      return { problem: hops === 0 ? 'the page is gone' : `it redirects to ${current}, which is gone` };
    const $ = site.pages.get(file);
    const target = $ && redirectTarget($);
    if (target === undefined) return { file };
    const next = new URL(target, new URL(base + current.slice(1), 'https://contract.invalid')).pathname;
    if (!next.startsWith(base)) return { problem: `it redirects outside the base path, to ${next}` };
    current = '/' + next.slice(base.length);
  }
  return { problem: `more than ${MAX_REDIRECTS} redirects` };
}

/**
 * Files only a build with SITE_URL publishes: a sitemap lists absolute
 * URLs, so a local preview build has none, and it breaks no promise there.
 */
export const NEEDS_SITE_URL = new Set(['/sitemap-index.xml']);

/** Promised URLs that no longer land, each with what to do about it; `leftOut` are paths this build has by design. */
export function brokenPromises(
  contract: UrlContract,
  site: SiteFiles,
  base = '/',
  leftOut: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  for (const [path, fragments] of Object.entries(contract.pages)) {
    if (leftOut.has(path)) continue;
    const { file, problem } = landingFile(site, path, base);
    if (!file) {
      problems.push(`${path}: ${problem}. Restore it, or add a redirect (astro.config.mjs "redirects").`);
      continue;
    }
    const $ = site.pages.get(file);
    if (fragments.length > 0 && !$) {
      problems.push(`${path}: fragments are promised, but the page is not HTML any more`);
      continue;
    }
    const anchors = $ ? anchorsOf($) : new Set<string>();
    for (const id of fragments) {
      if (!anchors.has(id)) {
        problems.push(
          `${path}#${id}: no element has this id. Restore it, or keep it as an alias (front matter "headingAliases") if a heading was renamed.`,
        );
      }
    }
  }
  return problems;
}

/** Pages and fragments the site publishes that the contract does not list yet. */
export function unpromised(contract: UrlContract, site: SiteFiles): string[] {
  const missing: string[] = [];
  for (const [file, $] of site.pages) {
    const path = pathForFile(file);
    if (UNPUBLISHED_PAGES.has(path) || redirectTarget($) !== undefined) continue;
    const promised = contract.pages[path];
    if (!promised) missing.push(`${path} (page)`);
    const ids = $(PUBLISHED_FRAGMENTS.join(', '))
      .map((_, el) => $(el).attr('id'))
      .get();
    for (const id of ids) if (!promised?.includes(id)) missing.push(`${path}#${id}`);
  }
  return missing;
}

export function contractSize(contract: UrlContract): { pages: number; fragments: number } {
  const lists = Object.values(contract.pages);
  return { pages: lists.length, fragments: lists.reduce((sum, ids) => sum + ids.length, 0) };
}
