import type { Problem } from '../errors/editor-error.ts';
import { headingAliasProblems, type HeadingAliases } from '../linking/heading-aliases.ts';
import { headingId } from './ids.ts';
import { sectionHeadingIds, sectionPassages } from './section-passages.ts';
import type { SectionFile } from './section-files.ts';

/**
 * Checks on the sections that need more than one file's front matter, or
 * the body as well: run before anything renders (build/preflight.ts). The
 * schema in content.config.ts checks each field's shape.
 * `sourceSlugs` are the slugs the source's sections give (overview, then
 * each heading's): a section is one of them, or declared editorial, so
 * nothing is published as if it were the source's text when it is not.
 */
export function sectionProblems(
  sections: readonly SectionFile[],
  sourceSlugs: readonly string[],
  /** Only in the benchmark's synthetic builds: sections that are neither may pass. */
  allowSynthetic = false,
): Problem[] {
  const problems: Problem[] = [];
  const byOrder = new Map<number, string>();
  for (const section of sections) {
    const where = section.filePath;
    const editorial = section.data['editorial'] === true;
    const isSource = sourceSlugs.includes(section.id);
    if (section.body.trim() === '') {
      problems.push({ where, what: 'the body is empty; a section needs its text below the front matter.' });
    }
    const order = section.data['order'];
    if (typeof order === 'number') {
      const other = byOrder.get(order);
      if (other === undefined) byOrder.set(order, where);
      else
        problems.push({
          where,
          what: `front matter field "order" (${order}) is already used by ${other}; each section needs its own order.`,
        });
    }
    if (!isSource && !editorial && !allowSynthetic) {
      problems.push({
        where,
        what: `this is not a section of the source (${sourceSlugs.join(', ')}) and is not marked editorial; if it is the site's own text, add "editorial: true" to its front matter, and if it is a section of the source, name the file after its heading`,
      });
    }
    if (isSource && editorial) {
      problems.push({
        where,
        what: `front matter field "editorial" is true, but this is the source's section "${section.id}"; remove the field`,
      });
    }
    if (editorial) {
      // The site's own words: an unmarked paragraph would be published as if it were the source's.
      for (const paragraph of sectionPassages(section.id, section.body).paragraphs) {
        problems.push({
          where,
          what: `this section is editorial, but paragraph ${paragraph.n} ("${paragraph.text.slice(0, 40)}…") is not marked as editorial; wrap it in <div data-editorial> … </div>`,
        });
      }
    }
    const title = typeof section.data['title'] === 'string' ? section.data['title'] : '';
    const aliases = section.data['headingAliases'];
    if (typeof aliases === 'object' && aliases !== null) {
      problems.push(
        ...headingAliasProblems(where, aliases as HeadingAliases, [
          headingId(title),
          ...sectionHeadingIds(section.body),
        ]),
      );
    }
  }
  return problems;
}

/** The ids of the citable passages (paragraphs, photographs) of the source's sections. */
export function sourcePassageIds(sections: readonly SectionFile[], sourceSlugs: readonly string[]): string[] {
  return sections
    .filter((section) => sourceSlugs.includes(section.id))
    .flatMap((section) => {
      const { paragraphs, figures } = sectionPassages(section.id, section.body);
      return [...paragraphs, ...figures].map((passage) => passage.id);
    });
}

export function sortByOrder<T extends { order: number }>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => a.order - b.order);
}
