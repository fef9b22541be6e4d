import { throwIfProblems, type Problem } from '../errors/editor-error.ts';

/**
 * Checks that need every section at once; the per-file schema in
 * content.config.ts cannot see across files. Errors name the file and the
 * field, so a broken build says what to fix.
 */
export interface SectionFile {
  id: string;
  filePath: string;
  order: number;
  body: string;
  /** Declared in front matter: the section is the site's own text, not the source's. */
  editorial: boolean;
}

/**
 * `sourceSlugs`: the slugs the source's sections give (overview, then each
 * heading's). A section is one of them, or declared editorial: nothing is
 * published as if it were the source's text when it is not.
 */
export function checkSections(sections: readonly SectionFile[], sourceSlugs: readonly string[]): void {
  const problems: Problem[] = [];
  const byOrder = new Map<number, string>();
  for (const section of sections) {
    const isSource = sourceSlugs.includes(section.id);
    if (!isSource && !section.editorial) {
      problems.push({
        where: section.filePath,
        what: `this is not a section of the source (${sourceSlugs.join(', ')}) and is not marked editorial; if it is the site's own text, add "editorial: true" to its front matter, and if it is a section of the source, name the file after its heading`,
      });
    }
    if (isSource && section.editorial) {
      problems.push({
        where: section.filePath,
        what: `front matter field "editorial" is true, but this is the source's section "${section.id}"; remove the field`,
      });
    }
    if (section.body.trim() === '') {
      problems.push({
        where: section.filePath,
        what: 'the body is empty; a section needs its text below the front matter.',
      });
    }
    const other = byOrder.get(section.order);
    if (other !== undefined) {
      problems.push({
        where: section.filePath,
        what: `front matter field "order" (${section.order}) is already used by ${other}; each section needs its own order.`,
      });
    } else {
      byOrder.set(section.order, section.filePath);
    }
  }
  throwIfProblems(problems, 'Give every section its text and its own reading position (order).');
}

export function sortByOrder<T extends { order: number }>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => a.order - b.order);
}
