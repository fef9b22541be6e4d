import type { Problem } from '../errors/editor-error.ts';
import { evidenceProblems, type PassageText } from '../evidence/evidence-check.ts';
import { headingAliasProblems, type HeadingAliases } from '../linking/heading-aliases.ts';
import { headingId } from './ids.ts';
import { sectionHeadingIds, sectionPassages } from './section-passages.ts';
import type { SectionFile } from './section-files.ts';

/** A section of the canonical source text: the slug its section file must have, and its blocks. */
export interface SourceSectionBlocks {
  slug: string;
  paragraphs: readonly string[];
}

/**
 * Checks on the sections that need more than one file's front matter, or
 * the body as well: run before anything renders (build/preflight.ts). The
 * schema in content.config.ts checks each field's shape.
 * `source` gives the source's sections (overview, then each heading's
 * slug): a section is one of them, or declared editorial, so nothing is
 * published as if it were the source's text when it is not; summaries are
 * checked against their text.
 */
export function sectionProblems(
  sections: readonly SectionFile[],
  source: readonly SourceSectionBlocks[],
  /** Only in the benchmark's synthetic builds: sections that are neither may pass. */
  allowSynthetic = false,
): Problem[] {
  const problems: Problem[] = [];
  const byOrder = new Map<number, string>();
  const sourceSlugs = source.map((section) => section.slug);
  // Quotes are checked against the text the section files carry; when they do not carry the source
  // unchanged, the fidelity check stops the build instead, naming the change.
  const passages = carriesSource(sections, source) ? sourcePassageTexts(sections, source) : undefined;
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
    if (passages && (isSource || editorial)) {
      // A section of the source sums up its own text; an editorial one, such as the timeline, the whole source.
      const cited = isSource ? passages.filter((passage) => passage.section === section.id) : passages;
      problems.push(...summaryEvidenceProblems(section, cited, isSource ? 'this section’s text' : 'the source text'));
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

const EVIDENCE_EXAMPLE = 'evidence: ["NATO and the Republic of Korea initiated dialogue in 2005."]';

/**
 * A summary is an editorial claim about the text: it carries the quotes it
 * rests on (front matter `evidence`), and may name only the people, places,
 * figures and dates they give.
 */
function summaryEvidenceProblems(section: SectionFile, cited: readonly PassageText[], citedName: string): Problem[] {
  const where = section.filePath;
  const summary = section.data['summary'];
  const evidence = section.data['evidence'];
  if (typeof summary !== 'string') return [];
  if (evidence === undefined || (Array.isArray(evidence) && evidence.length === 0)) {
    return [
      {
        where,
        what: `front matter field "evidence" is missing: the summary needs one or more exact quotes from ${citedName} that say what it says, e.g. ${EVIDENCE_EXAMPLE}`,
      },
    ];
  }
  if (!Array.isArray(evidence) || evidence.some((quote) => typeof quote !== 'string' || quote === '')) {
    return [{ where, what: `front matter field "evidence" must be a list of quotes, e.g. ${EVIDENCE_EXAMPLE}` }];
  }
  return evidenceProblems({
    quotes: evidence as string[],
    quotesField: 'evidence',
    cited,
    citedName,
    everyPassage: cited,
    sentences: [{ field: 'summary', text: summary }],
  }).map(({ field, what }) => ({ where, what: `front matter field "${field}": ${what}` }));
}

/**
 * Whether the section files carry the source's sections unchanged: each
 * paragraph a block of the source, in the source's order, and each
 * photograph's description and caption blocks of it too. Evidence is
 * checked only then; otherwise the fidelity check names the change.
 */
export function carriesSource(sections: readonly SectionFile[], source: readonly SourceSectionBlocks[]): boolean {
  return source.every(({ slug, paragraphs: blocks }) => {
    const file = sections.find((section) => section.id === slug);
    if (!file) return false;
    const { paragraphs, figures } = sectionPassages(slug, file.body);
    const figureTexts = figures.flatMap(({ description, caption }) => [description, caption]);
    const rest = blocks.filter((block) => !figureTexts.includes(block));
    return (
      figureTexts.every((text) => blocks.includes(text)) &&
      rest.length === paragraphs.length &&
      rest.every((block, i) => block === paragraphs[i]?.text)
    );
  });
}

/**
 * The citable passages (paragraphs, photographs) of the source's sections,
 * each with its words exactly as the section file has it: a paragraph's one
 * text, a photograph's description and caption.
 */
export function sourcePassageTexts(
  sections: readonly SectionFile[],
  source: readonly SourceSectionBlocks[],
): (PassageText & { section: string })[] {
  const slugs = source.map((section) => section.slug);
  return sections
    .filter((section) => slugs.includes(section.id))
    .flatMap((section) => {
      const { paragraphs, figures } = sectionPassages(section.id, section.body);
      return [
        ...paragraphs.map(({ id, text }) => ({ id, section: section.id, texts: [text] })),
        ...figures.map(({ id, description, caption }) => ({ id, section: section.id, texts: [description, caption] })),
      ];
    });
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
