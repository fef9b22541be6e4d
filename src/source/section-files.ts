import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

/**
 * The section files as the content checks read them, straight from disk and
 * before Astro does: front matter as plain data, the MDX body as text. The
 * checks run before anything renders (build/preflight.ts), so a mistake is
 * reported on its own, once.
 */
export const SECTIONS_DIR = 'content/sections';

export interface SectionFile {
  /** The slug: the file name without .mdx. */
  id: string;
  /** content/sections/<slug>.mdx */
  filePath: string;
  /** The front matter as parsed; the schema in content.config.ts checks its shape. */
  data: Record<string, unknown>;
  body: string;
  /** The line of the body's first line in the file, for messages. */
  bodyLine: number;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseSectionFile(filePath: string, text: string): SectionFile {
  const match = FRONT_MATTER.exec(text);
  const data = match ? (parseDocument(match[1] ?? '').toJS() as unknown) : {};
  return {
    id: filePath.replace(/^.*\//, '').replace(/\.mdx$/, ''),
    filePath,
    data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
    body: match ? text.slice(match[0].length) : text,
    bodyLine: match ? match[0].split('\n').length : 1,
  };
}

/** Every .mdx file of content/sections/ of the project at `root`. */
export function readSectionFiles(root: string): SectionFile[] {
  return readdirSync(join(root, SECTIONS_DIR))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const filePath = `${SECTIONS_DIR}/${name}`;
      return parseSectionFile(filePath, readFileSync(join(root, filePath), 'utf8'));
    });
}
