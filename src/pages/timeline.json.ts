import type { APIRoute } from 'astro';
import { getSections } from '../source/sections.ts';
import { documentTitle, lastUpdated, publisher } from '../source/model.ts';
import { getPassages } from '../source/passages.ts';
import { TIMELINE_PATH, TIMELINE_SLUG, getTimeline } from '../timeline/get-timeline.ts';
import { timelineEventJson, undatedActivityJson, type TimelineJson } from '../timeline/json.ts';
import { publishedUrl } from '../linking/urls.ts';

/**
 * /timeline.json: the entries of /timeline/ for machines, built from the
 * same data, with the quotes each rests on. Addresses are absolute with
 * SITE_URL, paths from the host's root without.
 */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => publishedUrl(site, base, path);
  const [timeline, passages, sections] = await Promise.all([getTimeline(), getPassages(), getSections()]);
  const section = sections.find((s) => s.slug === TIMELINE_SLUG);
  const context = {
    anchorUrl: (anchor: string) => url(`${TIMELINE_PATH}#${anchor}`),
    passage: (id: string) => {
      const passage = passages.get(id)!;
      return { id, kind: passage.kind, section: passage.section.title, url: url(passage.path) };
    },
    evidence: (entry: Parameters<typeof timeline.evidenceOf>[0]) =>
      timeline.evidenceOf(entry).map(({ quote, passage }) => ({ quote, passage: passage.id })),
  };
  const body: TimelineJson = {
    title: section?.title ?? 'Timeline',
    description: section?.summary ?? '',
    url: url(TIMELINE_PATH),
    document: { title: documentTitle, publisher, lastUpdated: lastUpdated.datetime, url: url('') },
    editorial:
      'The entries are this site’s reading of the text, not part of it: titles, summaries, dates, people and places are editorial. Only the quotes of each entry’s evidence are the text’s own words, exactly, each with the passage it stands in.',
    events: timeline.events.map((event) => timelineEventJson(event, context)),
    undated: timeline.undated.map((activity) => undatedActivityJson(activity, context)),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
