import { sectionPassages, type SourceFigure, type SourceParagraph } from './section-passages.ts';
import { joinBase, sectionPath } from '../linking/urls.ts';
import { getSections, type Section } from './sections.ts';
import { EditorError } from '../errors/editor-error.ts';

export interface SourceSection extends Section {
  paragraphs: SourceParagraph[];
  figures: SourceFigure[];
}

/** A citable passage: a paragraph or a photograph of a source section. */
export interface Passage {
  id: string;
  kind: 'paragraph' | 'figure';
  section: SourceSection;
  /** Path below the base, with the fragment: political-dialogue/#political-dialogue-2 */
  path: string;
  /** Where it is, for readers: Political dialogue, paragraph 2 */
  label: string;
}

let cached: Promise<SourceSection[]> | undefined;

/** The sections that carry the source text, in reading order, with their passages. */
export function getSourceSections(): Promise<SourceSection[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SourceSection[]> {
  const sections = await getSections();
  for (const section of sections.filter((s) => s.kind === 'editorial')) {
    // An editorial section is the site's own words: an unmarked paragraph there
    // would be published as if it were the source's.
    const stray = sectionPassages(section.slug, section.entry.body ?? '').paragraphs;
    if (stray.length > 0) {
      throw new EditorError(
        stray.map((paragraph) => ({
          where: section.entry.filePath ?? section.slug,
          what: `this section is editorial, but paragraph ${paragraph.n} ("${paragraph.text.slice(0, 40)}…") is not marked as editorial`,
        })),
        'Wrap the site’s own words in <div data-editorial> … </div>.',
      );
    }
  }
  return sections
    .filter((section) => section.kind === 'source')
    .map((section) => ({ ...section, ...sectionPassages(section.slug, section.entry.body ?? '') }));
}

export function passagePath(section: Pick<Section, 'slug'>, id: string): string {
  return `${sectionPath(section.slug)}#${id}`;
}

/** Every citable passage by id. */
export async function getPassages(): Promise<Map<string, Passage>> {
  const passages = new Map<string, Passage>();
  for (const section of await getSourceSections()) {
    for (const { id, n } of section.paragraphs) {
      passages.set(id, {
        id,
        kind: 'paragraph',
        section,
        path: passagePath(section, id),
        label: `${section.title}, paragraph ${n}`,
      });
    }
    for (const { id } of section.figures) {
      passages.set(id, {
        id,
        kind: 'figure',
        section,
        path: passagePath(section, id),
        label: `${section.title}, photograph caption`,
      });
    }
  }
  return passages;
}

/** The link to a passage from any page of the site. */
export function passageHref(passage: Passage, base = import.meta.env.BASE_URL): string {
  return joinBase(base, passage.path);
}
