import { load, type CheerioAPI } from 'cheerio';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { distDir } from './paths.ts';

/** Every built HTML page as a URL path below the base: '', 'practical-cooperation/', '404.html'. */
export async function builtPages(dir = distDir): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  return files
    .filter((file) => file.endsWith('.html') && !file.split(sep).includes('pagefind'))
    .map((file) =>
      relative('.', file)
        .split(sep)
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1'),
    )
    .sort();
}

/** The HTML file behind a URL path below the base. */
export function pageFile(path: string, dir = distDir): string {
  return path === '' || path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
}

export async function readPage(path: string, dir = distDir): Promise<CheerioAPI> {
  return load(await readFile(pageFile(path, dir), 'utf8'));
}
