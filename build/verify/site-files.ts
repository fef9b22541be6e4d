import { load, type CheerioAPI } from 'cheerio';
import { readFile, readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';

/**
 * A built site as the link checks see it: every file by its path below the
 * output directory ('political-dialogue/index.html', 'robots.txt'), HTML
 * pages parsed. Also built in memory by the unit tests, from strings.
 */
export interface SiteFiles {
  files: Set<string>;
  pages: Map<string, CheerioAPI>;
  /** Text of the other files the checks read: sitemaps, robots.txt, the JSON exports, the source file. */
  texts: Map<string, string>;
}

const TEXT_FILES = /(^|\/)(robots\.txt|sitemap[^/]*\.xml|[^/]+\.json|[^/]+\.txt)$/;

export function siteFromStrings(files: Record<string, string>): SiteFiles {
  const site: SiteFiles = { files: new Set(), pages: new Map(), texts: new Map() };
  for (const [path, text] of Object.entries(files)) {
    site.files.add(path);
    if (path.endsWith('.html')) site.pages.set(path, load(text));
    else if (TEXT_FILES.test(path)) site.texts.set(path, text);
  }
  return site;
}

/** Reads a built dist/; the search index's own files are listed but not parsed. */
export async function readSiteFiles(dir: string): Promise<SiteFiles> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const site: SiteFiles = { files: new Set(), pages: new Map(), texts: new Map() };
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const path = full
      .slice(dir.length + 1)
      .split(sep)
      .join('/');
    site.files.add(path);
    if (path.startsWith('pagefind/')) continue;
    if (path.endsWith('.html')) site.pages.set(path, load(await readFile(full, 'utf8')));
    else if (TEXT_FILES.test(path)) site.texts.set(path, await readFile(full, 'utf8'));
  }
  return site;
}

/** The file a path below the base is served from: '' → index.html, 'a/' → a/index.html, 'a.json' → a.json. */
export function fileForPath(path: string): string {
  const clean = path.replace(/^\/+/, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

/** The path below the base a file is served at: the reverse of fileForPath. */
export function pathForFile(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** Every id on a page, plus old-style <a name> anchors. */
export function anchorsOf($: CheerioAPI): Set<string> {
  const ids = $('[id]')
    .map((_, el) => $(el).attr('id'))
    .get();
  const names = $('a[name]')
    .map((_, el) => $(el).attr('name'))
    .get();
  return new Set([...ids, ...names]);
}
