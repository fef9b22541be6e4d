import { createHash } from 'node:crypto';
import { headingId } from './ids.ts';
import { parseLastUpdated, type LastUpdated } from './last-updated.ts';
import { readSourceBytes } from './source-file.ts';
import { parseSourceText } from './source-text.ts';

/**
 * The one model of the source text, read and parsed once per build. Every
 * question about the text itself goes through here: its title, date,
 * sections and their slugs, and whether a section of the site is the
 * source's or editorial.
 */

/** The source's first section has no heading of its own: it is the overview, shown on the home page. */
export const HOME_SLUG = 'overview';

export interface SourceSectionText {
  /** The slug its site section must have: overview, then each heading's slug. */
  slug: string;
  /** The heading as the source writes it; the document title for the overview. */
  heading: string;
  paragraphs: string[];
}

export interface SourceModel {
  title: string;
  /** The "Last updated" value exactly as the source writes it: 06 Oct. 2016 17:16 */
  lastUpdatedText: string;
  lastUpdated: LastUpdated;
  /** The source's sections in order, each with the slug its site section must have. */
  sections: SourceSectionText[];
}

/** The model of a source text; the site's own is below, read from content/source/. */
export function sourceModel(text: string): SourceModel {
  const parsed = parseSourceText(text);
  return {
    title: parsed.title,
    lastUpdatedText: parsed.lastUpdatedText,
    lastUpdated: parseLastUpdated(parsed.lastUpdatedText),
    sections: parsed.sections.map((section, i) => ({
      slug: i === 0 ? HOME_SLUG : headingId(section.heading),
      heading: section.heading,
      paragraphs: section.paragraphs,
    })),
  };
}

// Read once, as bytes: the model parses their text, the checksum is over the bytes themselves.
const sourceBytes = readSourceBytes();
const model = sourceModel(sourceBytes.toString('utf8'));

export const documentTitle = model.title;
export const lastUpdatedText = model.lastUpdatedText;
export const lastUpdated = model.lastUpdated;
export const sourceSections: readonly SourceSectionText[] = model.sections;
/** Who published the text. Not from the text itself, which does not name its publisher. */
export const publisher = 'NATO';
/** The SHA-256 of the source file, in hex: anyone can check a copy of /source.txt against it. */
export const sourceSha256 = createHash('sha256').update(sourceBytes).digest('hex');

const sourceSlugs = new Set(sourceSections.map((section) => section.slug));

/** Whether a section slug is one of the source's sections. */
export function isSourceSlug(slug: string): boolean {
  return sourceSlugs.has(slug);
}
