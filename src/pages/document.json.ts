import type { APIRoute } from 'astro';
import { documentTitle, lastUpdated, lastUpdatedText, publisher } from '../source/model.ts';
import { getSourceSections, passagePath } from '../source/passages.ts';
import type { DocumentJson } from '../reading/document-json.ts';
import { absoluteUrl } from '../linking/urls.ts';

/**
 * /document.json: the source text for machines, section by section, each
 * paragraph with the id and URL it has on the site. Paragraph ids are
 * counted from the same MDX the pages render (src/source/section-passages.ts).
 */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The document export needs absolute URLs: set `site` in astro.config.mjs.');
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => absoluteUrl(site, base, path);
  const sections = await getSourceSections();
  const body: DocumentJson = {
    title: documentTitle,
    publisher,
    lastUpdated: lastUpdated.datetime,
    lastUpdatedText,
    url: url(''),
    timeline: url('timeline.json'),
    sections: sections.map((section) => ({
      id: section.slug,
      title: section.title,
      url: url(section.path),
      paragraphs: section.paragraphs.map(({ id, n, text }) => ({ id, n, text, url: url(passagePath(section, id)) })),
      figures: section.figures.map(({ id, description, caption }) => ({
        id,
        description,
        caption,
        url: url(passagePath(section, id)),
      })),
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
