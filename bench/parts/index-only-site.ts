/**
 * A synthetic site too large to build whole, for the search figures of the
 * scaling part: the site of the real sections is built with Astro, then each
 * generated section is written as the page the site would render, minus what
 * search never reads, and the site is indexed as the build indexes it
 * (build/integrations/pagefind-index.ts). Why: every page of the site lists
 * every section, so at 10,000 sections the whole build writes gigabytes of
 * navigation and its checks outgrow the machine's memory
 * (docs/performance.md). The navigation is data-pagefind-ignore, so the index,
 * the search data and what a search fetches are those of the whole build.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { PAGEFIND_DIR, writeSearchIndex } from '../../build/integrations/pagefind-index.ts';
import { SEARCH_DATA_DIR } from '../../src/search/search-data.ts';
import type { SyntheticSection } from '../lib/synthetic-site.ts';

/** A real section page of the built site: its head and chrome are every synthetic page's. */
const TEMPLATE_PAGE = 'political-dialogue/index.html';

const escapeHtml = (text: string) =>
  text
    .replace(/&(?!#\d+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** The reading content the site renders for a section: its heading, paragraphs with ids, and subheadings. */
export function sectionMain(section: SyntheticSection): string {
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(section.mdx) ?? [];
  const title = JSON.parse(/^title: (.*)$/m.exec(frontMatter)?.[1] ?? '""') as string;
  const slugger = new GithubSlugger();
  let paragraphs = 0;
  const blocks = body
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const heading = /^## (.*)$/.exec(block)?.[1];
      if (heading !== undefined) return `<h2 id="${slugger.slug(heading)}">${escapeHtml(heading)}</h2>`;
      paragraphs += 1;
      const id = `${section.slug}-${paragraphs}`;
      return `<p id="${id}" data-pagefind-title="Paragraph ${paragraphs}">${escapeHtml(block)}</p>`;
    });
  return (
    `<main id="main" tabindex="-1" data-pagefind-body><article class="prose" data-section="${section.slug}" data-editorial>` +
    `<h1 id="${slugger.slug(title)}">${escapeHtml(title)}</h1>${blocks.join('\n')}</article></main>`
  );
}

function pageFrom(template: string, section: SyntheticSection): string {
  const title = JSON.parse(/^title: (.*)$/m.exec(section.mdx)?.[1] ?? '""') as string;
  return template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace(/(<meta name="search-section" content=")[^"]*"/, `$1${escapeHtml(title).replace(/"/g, '&quot;')}"`)
    .replace(/(<meta name="search-kind" content=")[^"]*"/, '$1editorial"')
    .replace(/<main\b[\s\S]*<\/main>/, sectionMain(section));
}

/**
 * Writes the generated sections into the built site in `dist` and indexes it
 * again; returns the time the index and the search data took.
 */
export async function indexOnlySite(
  dist: string,
  root: string,
  sections: readonly SyntheticSection[],
): Promise<number> {
  const template = await readFile(join(dist, TEMPLATE_PAGE), 'utf8');
  for (const section of sections) {
    await mkdir(join(dist, section.slug), { recursive: true });
    await writeFile(join(dist, section.slug, 'index.html'), pageFrom(template, section));
  }
  await Promise.all(
    [PAGEFIND_DIR, SEARCH_DATA_DIR].map((dir) => rm(join(dist, dir), { recursive: true, force: true })),
  );
  const started = performance.now();
  await writeSearchIndex(dist, root, { info: () => undefined });
  return performance.now() - started;
}
