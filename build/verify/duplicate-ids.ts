import type { SiteFiles } from './site-files.ts';
import { pathForFile } from './site-files.ts';
import type { Problem } from '../../src/errors/editor-error.ts';

/**
 * Ids used more than once on a page. A link to such an id lands on whichever
 * element comes first, silently, and the other part can never be linked.
 * Runs over the finished HTML, so ids from every origin (content, headings,
 * aliases, components) are covered together.
 */
export function duplicateIdProblems(site: SiteFiles): Problem[] {
  const problems: Problem[] = [];
  for (const [file, $] of site.pages) {
    const counts = new Map<string, number>();
    $('[id]').each((_, element) => {
      const id = $(element).attr('id')!;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    });
    for (const [id, count] of counts) {
      if (count > 1) problems.push({ where: pathForFile(file), what: `id "${id}" is used by ${count} elements` });
    }
  }
  return problems;
}
