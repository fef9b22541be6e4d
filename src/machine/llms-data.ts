import { documentTitle, lastUpdated, lastUpdatedText, sourceSections } from '../source/model.ts';
import { getSections } from '../source/sections.ts';
import { publishedUrl } from '../linking/urls.ts';
import { settings } from '../site/settings.ts';
import { formatDate, parsePartialDate } from '../source/dates.ts';
import { TERMS_DESCRIPTION, TERMS_PATH, TERMS_TITLE } from '../terms/term-groups.ts';
import type { FullTextSection, LinkedPart, LlmsIndex } from './llms-txt.ts';

/** What /llms.txt and /llms-full.txt say, from the source model and the sections' front matter. */

const url = (path: string) => publishedUrl(settings.site, settings.base, path);

export async function llmsIndex(): Promise<LlmsIndex> {
  const sections = await getSections();
  const part = (title: string, path: string, description: string): LinkedPart => ({
    title,
    url: url(path),
    description,
  });
  const pages = (kind: 'source' | 'editorial') =>
    sections
      .filter((section) => section.kind === kind)
      .map((section) => part(section.path === '' ? documentTitle : section.title, section.path, section.summary));
  const updated = formatDate(parsePartialDate(lastUpdated.date));
  return {
    name: settings.siteName ?? documentTitle,
    summary: `The NATO policy text “${documentTitle}” (last updated ${updated}), published verbatim in its sections, with a timeline of the events it names.`,
    groups: [
      {
        heading: 'The text',
        parts: [
          ...pages('source'),
          part('Whole document', 'document/', 'The whole text on one page, in reading order.'),
          part('Full text for machines', 'llms-full.txt', 'The whole text as Markdown, with its headings.'),
        ],
      },
      {
        heading: 'The site’s own work',
        parts: [...pages('editorial'), part(TERMS_TITLE, TERMS_PATH, TERMS_DESCRIPTION)],
      },
      {
        heading: 'Data',
        parts: [
          part('timeline.json', 'timeline.json', 'The timeline’s events with the quotes each rests on.'),
          part('document.json', 'document.json', 'The text’s sections and paragraphs with their addresses.'),
          part('source.txt', 'source.txt', 'The source file, byte for byte.'),
        ],
      },
      {
        heading: 'Optional',
        parts: [part('About', 'about/', 'Where the text comes from and how this site publishes it.')],
      },
    ],
  };
}

export function llmsFullText(): { title: string; lastUpdatedText: string; sections: FullTextSection[] } {
  return {
    title: documentTitle,
    lastUpdatedText,
    // The opening part's "heading" is the document's title, already the H1.
    sections: sourceSections.map((section, i) => ({
      heading: i === 0 ? undefined : section.heading,
      paragraphs: section.paragraphs,
    })),
  };
}
