import { documentTitle, lastUpdated, publisher } from '../source/model.ts';
import { formatDate, parsePartialDate } from '../source/dates.ts';
import { getSections } from '../source/sections.ts';
import { parseParagraphId } from '../source/ids.ts';
import { absoluteUrl } from '../linking/urls.ts';
import { settings } from '../site/settings.ts';
import { TIMELINE_PATH, TIMELINE_SLUG } from '../timeline/get-timeline.ts';
import { basedOnNote, editorialPartRecord, sourcePartRecord, type CslRecord, type SourceFacts } from './csl-record.ts';

/**
 * The parts of the site that can be cited, each with its one CSL record:
 * the pages (the text's sections, /document/, /timeline/) and, within them,
 * paragraphs and timeline events. URLs are absolute when SITE_URL is set; a
 * local preview build has no origin, so its records carry no URL at all
 * rather than a path no reference manager could open.
 */

export interface CitablePage {
  /** The name of its reference files: /cite/<key>.bib */
  key: string;
  /** Path below the base, '' for the home page. */
  path: string;
  record: CslRecord;
}

const source: SourceFacts = { title: documentTitle, publisher, lastUpdated: lastUpdated.date };

/** The published address of a path below the base, or undefined without SITE_URL. */
export function citedUrl(path: string): string | undefined {
  return settings.site === undefined ? undefined : absoluteUrl(settings.site, settings.base, path);
}

/** The timeline page's own title, "Timeline". */
export async function timelinePageTitle(): Promise<string> {
  const timeline = (await getSections()).find((section) => section.slug === TIMELINE_SLUG);
  if (!timeline) throw new Error('content/sections/timeline.mdx is missing: /timeline/ is cited by its title.');
  return timeline.title;
}

/**
 * "Relations with the Republic of Korea: Timeline": named after the text, as
 * its sections are, so that a reference without an author still says what
 * the timeline is of.
 */
async function timelineTitle(): Promise<string> {
  return `${documentTitle}: ${await timelinePageTitle()}`;
}

function editorial(containerTitle?: string) {
  return {
    siteName: settings.siteName,
    basedOn: basedOnNote(source, formatDate(parsePartialDate(lastUpdated.date))),
    ...(containerTitle ? { containerTitle } : {}),
  };
}

let cached: Promise<CitablePage[]> | undefined;

/** Every citable page, in reading order. */
export function citablePages(): Promise<CitablePage[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<CitablePage[]> {
  const sections = (await getSections()).filter((section) => section.kind === 'source');
  const pages: CitablePage[] = sections.map((section) => ({
    key: section.slug,
    path: section.path,
    record: sourcePartRecord(
      source,
      { id: section.slug, title: section.title, url: citedUrl(section.path) },
      section.path === '' ? undefined : section.title,
    ),
  }));
  const title = await timelineTitle();
  return [
    ...pages,
    {
      key: 'document',
      path: 'document/',
      record: sourcePartRecord(source, { id: 'document', title: documentTitle, url: citedUrl('document/') }),
    },
    {
      key: TIMELINE_SLUG,
      path: TIMELINE_PATH,
      record: editorialPartRecord({ id: TIMELINE_SLUG, title, url: citedUrl(TIMELINE_PATH) }, editorial()),
    },
  ];
}

/** The citable page at a path, if the page is one. */
export async function citablePageAt(path: string): Promise<CitablePage | undefined> {
  return (await citablePages()).find((page) => page.path === path);
}

/**
 * A paragraph of the text: its section's record with the paragraph's address
 * on the section's page, the canonical one, also when read on /document/.
 */
export async function paragraphRecord(
  id: string,
): Promise<{ record: CslRecord; n: number; section: { title: string; path: string } }> {
  const parsed = parseParagraphId(id);
  const section = parsed && (await getSections()).find((s) => s.slug === parsed.section);
  if (!parsed || !section)
    throw new Error(`Paragraph id "${id}" does not name a section: expected <section-slug>-<n>.`);
  const record = sourcePartRecord(
    source,
    { id, title: section.title, url: citedUrl(`${section.path}#${id}`) },
    section.path === '' ? undefined : section.title,
  );
  return { record, n: parsed.n, section: { title: section.title, path: section.path } };
}

/** A timeline entry: the site's own work, titled with its date and title ("April 2013: …"). */
export async function timelineEntryRecord(entry: { anchor: string; label: string }): Promise<CslRecord> {
  return editorialPartRecord(
    { id: entry.anchor, title: entry.label, url: citedUrl(`${TIMELINE_PATH}#${entry.anchor}`) },
    editorial(await timelineTitle()),
  );
}
