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
}

export class SectionContentError extends Error {
  override name = 'SectionContentError';
}

export function checkSections(sections: readonly SectionFile[]): void {
  const problems: string[] = [];
  const byOrder = new Map<number, string>();
  for (const section of sections) {
    if (section.body.trim() === '') {
      problems.push(`${section.filePath}: the body is empty; a section needs its text below the front matter.`);
    }
    const other = byOrder.get(section.order);
    if (other !== undefined) {
      problems.push(
        `${section.filePath}: front matter field "order" (${section.order}) is already used by ${other}; each section needs its own order.`,
      );
    } else {
      byOrder.set(section.order, section.filePath);
    }
  }
  if (problems.length > 0) throw new SectionContentError(problems.join('\n'));
}

export function sortByOrder<T extends { order: number }>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => a.order - b.order);
}
