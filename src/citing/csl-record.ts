/**
 * One CSL-JSON record per citable part, the only input of every reference,
 * download and citation_* meta tag. Built from the source model and the
 * site's settings alone: no build date or access date, so a build is
 * reproducible byte for byte.
 */

/** The CSL-JSON fields the site fills (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslRecord {
  id: string;
  /** The BibTeX key, distinct for every part and stable across builds: "nato_rok_political_dialogue_2". */
  'citation-key': string;
  type: 'webpage';
  title: string;
  'container-title'?: string;
  author?: { literal: string }[];
  issued?: { 'date-parts': [[number, number, number]] };
  note?: string;
  URL?: string;
  language: 'en';
}

/** What the source text says about itself (src/source/model.ts). */
export interface SourceFacts {
  title: string;
  /** Its corporate author, as citation styles expect: NATO. */
  publisher: string;
  /** Its "Last updated" date, ISO: 2016-10-06 */
  lastUpdated: string;
}

/** A part of this site, at its published address (undefined in a local preview build, which has no origin). */
export interface SitePart {
  id: string;
  title: string;
  url: string | undefined;
}

/**
 * From the part's id, with underscores for hyphens: Citation.js replaces a
 * key holding a hyphen with one made of author, year and title's first word,
 * the same "NATO2016Relations" for every part of the text.
 */
export function citationKey(id: string): string {
  return `nato_rok_${id.replaceAll('-', '_')}`;
}

function dateParts(iso: string): [[number, number, number]] {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) throw new Error(`Expected an ISO date such as 2016-10-06; got "${iso}".`);
  return [[year, month, day]];
}

/**
 * A part of the NATO text (a section, the whole document, a paragraph): NATO
 * is the author, the date is the text's own, and a section is named after
 * the document, "Relations with the Republic of Korea: Political dialogue".
 */
export function sourcePartRecord(source: SourceFacts, part: SitePart, sectionTitle?: string): CslRecord {
  return {
    id: part.id,
    'citation-key': citationKey(part.id),
    type: 'webpage',
    title: sectionTitle ? `${source.title}: ${sectionTitle}` : source.title,
    author: [{ literal: source.publisher }],
    issued: { 'date-parts': dateParts(source.lastUpdated) },
    ...(part.url ? { URL: part.url } : {}),
    language: 'en',
  };
}

/**
 * "Based on NATO, “Relations with the Republic of Korea”, 6 October 2016":
 * the text and its last-updated date. Kept under 70 characters, the RIS
 * line length Citation.js wraps at, so the note reads back unbroken.
 */
export function basedOnNote(source: SourceFacts, lastUpdatedReadable: string): string {
  return `Based on ${source.publisher}, “${source.title}”, ${lastUpdatedReadable}`;
}

/**
 * A part of the site's own work (the timeline, one of its events): the site
 * is the author when its name is configured (SITE_NAME); it has no date of
 * its own, so none is given; the note says which text it is based on.
 */
export function editorialPartRecord(
  part: SitePart,
  editorial: { siteName: string | undefined; basedOn: string; containerTitle?: string },
): CslRecord {
  return {
    id: part.id,
    'citation-key': citationKey(part.id),
    type: 'webpage',
    title: part.title,
    ...(editorial.containerTitle ? { 'container-title': editorial.containerTitle } : {}),
    ...(editorial.siteName ? { author: [{ literal: editorial.siteName }] } : {}),
    note: editorial.basedOn,
    ...(part.url ? { URL: part.url } : {}),
    language: 'en',
  };
}
