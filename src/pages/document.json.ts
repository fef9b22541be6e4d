import type { APIRoute } from 'astro';
import {
  HOME_SLUG,
  documentTitle,
  lastUpdated,
  lastUpdatedText,
  publisher,
  sourceSections,
  sourceSha256,
} from '../source/model.ts';
import { getSourceSections, passagePath } from '../source/passages.ts';
import type { DocumentJson } from '../reading/document-json.ts';
import { publishedUrl } from '../linking/urls.ts';
import { settings } from '../site/settings.ts';

/**
 * /document.json: the source text for machines, section by section, each
 * paragraph with the id and address it has on the site. Paragraph ids are
 * counted from the same MDX the pages render (src/source/section-passages.ts),
 * whose text the build checks against the source, character for character.
 * Addresses are absolute with SITE_URL, paths from the host's root without.
 */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => publishedUrl(site, base, path);
  const sections = await getSourceSections();
  const body: DocumentJson = {
    about:
      'The text of “Relations with the Republic of Korea”. Everything under a "source" key is the text’s own words, exactly as /source.txt has them; everything else is added by this site.',
    source: { title: documentTitle, lastUpdated: lastUpdatedText },
    lastUpdated: lastUpdated.datetime,
    publisher,
    sha256: sourceSha256,
    ...(settings.sourceUrl ? { originalUrl: settings.sourceUrl } : {}),
    url: url(''),
    timelineUrl: url('timeline.json'),
    sourceTextUrl: url('source.txt'),
    aboutUrl: url('about/'),
    sections: sections.map((section) => ({
      id: section.slug,
      title: section.title,
      url: url(section.path),
      // The overview is the text before any heading: only the document's title stands above it.
      source: {
        heading:
          section.slug === HOME_SLUG ? null : (sourceSections.find((s) => s.slug === section.slug)?.heading ?? null),
      },
      paragraphs: section.paragraphs.map(({ id, n, text }) => ({
        id,
        n,
        url: url(passagePath(section, id)),
        source: { text },
      })),
      figures: section.figures.map(({ id, description, caption }) => ({
        id,
        url: url(passagePath(section, id)),
        source: { description, caption },
      })),
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
