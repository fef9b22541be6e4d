import { sectionPassages, type SourceFigure, type SourceParagraph } from './section-passages.ts';
import { joinBase, sectionPath } from '../linking/urls.ts';
import { getSections, type Section } from './sections.ts';

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
  /** Its words exactly: a paragraph's text, or a photograph's description and caption. */
  texts: string[];
}

let cached: Promise<SourceSection[]> | undefined;

/** The sections that carry the source text, in reading order, with their passages. */
export function getSourceSections(): Promise<SourceSection[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SourceSection[]> {
  const sections = await getSections();
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
    for (const { id, n, text } of section.paragraphs) {
      passages.set(id, {
        id,
        kind: 'paragraph',
        section,
        path: passagePath(section, id),
        label: `${section.title}, paragraph ${n}`,
        texts: [text],
      });
    }
    for (const { id, description, caption } of section.figures) {
      passages.set(id, {
        id,
        kind: 'figure',
        section,
        path: passagePath(section, id),
        label: `${section.title}, photograph`,
        texts: [description, caption],
      });
    }
  }
  return passages;
}

/** The link to a passage from any page of the site. */
export function passageHref(passage: Passage, base = import.meta.env.BASE_URL): string {
  return joinBase(base, passage.path);
}
