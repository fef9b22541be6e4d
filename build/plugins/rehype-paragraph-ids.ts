import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { paragraphId } from '../../src/source/ids.ts';

/** The section slug is the content file's name: content/sections/<slug>.mdx */
export function sectionSlugFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? '';
  return name.replace(/\.mdx?$/, '');
}

function isEditorial(node: Element): boolean {
  const props = node.properties;
  return props['dataEditorial'] !== undefined && props['dataEditorial'] !== false;
}

/**
 * Gives every top-level source paragraph the permalink id <section>-<n>.
 * Only direct children of the document count: they are the source's
 * paragraphs. Editorial paragraphs are skipped so that adding a note never
 * renumbers the source.
 */
export function rehypeParagraphIds() {
  return (tree: Root, file: VFile) => {
    const section = sectionSlugFromPath(file.path ?? '');
    if (section === '') return;
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p' || isEditorial(node)) continue;
      n += 1;
      node.properties['id'] = paragraphId(section, n);
    }
  };
}
