import type { APIRoute } from 'astro';
import { getSections } from '../source/sections.ts';
import { documentTitle, lastUpdated, publisher } from '../source/model.ts';
import { getPassages } from '../source/passages.ts';
import { TIMELINE_PATH, TIMELINE_SLUG, getTimeline } from '../timeline/get-timeline.ts';
import { timelineEventJson, undatedActivityJson, type TimelineJson } from '../timeline/json.ts';
import { absoluteUrl } from '../linking/urls.ts';

/** /timeline.json: the events of /timeline/ for machines, built from the same data. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The timeline export needs absolute URLs: set `site` in astro.config.mjs.');
  const base = import.meta.env.BASE_URL;
  const [timeline, passages, sections] = await Promise.all([getTimeline(), getPassages(), getSections()]);
  const section = sections.find((s) => s.slug === TIMELINE_SLUG);
  const context = {
    anchorUrl: (anchor: string) => absoluteUrl(site, base, `${TIMELINE_PATH}#${anchor}`),
    passage: (id: string) => {
      const passage = passages.get(id)!;
      return { id, kind: passage.kind, section: passage.section.title, url: absoluteUrl(site, base, passage.path) };
    },
  };
  const body: TimelineJson = {
    title: section?.title ?? 'Timeline',
    description: section?.summary ?? '',
    url: absoluteUrl(site, base, TIMELINE_PATH),
    document: { title: documentTitle, publisher, lastUpdated: lastUpdated.datetime, url: absoluteUrl(site, base) },
    editorial: 'The events are an editorial reading of the text, not part of it; each names the passage it comes from.',
    events: timeline.events.map((event) => timelineEventJson(event, context)),
    undated: timeline.undated.map((activity) => undatedActivityJson(activity, context)),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
