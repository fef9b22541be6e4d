import { getCollection } from 'astro:content';
import {
  entriesByPassage,
  groupByYear,
  inFileOrder,
  timelineEvents,
  undatedActivities,
  type TimelineEvent,
  type UndatedActivity,
  type YearGroup,
} from './timeline.ts';
import { getPassages, type Passage } from '../source/passages.ts';

export const TIMELINE_FILE = 'content/timeline.yaml';
/** The timeline's section slug (content/sections/timeline.mdx holds its introduction) and page path. */
export const TIMELINE_SLUG = 'timeline';
export const TIMELINE_PATH = 'timeline/';

export interface Timeline {
  events: TimelineEvent[];
  years: YearGroup[];
  undated: UndatedActivity[];
  /** The passage an entry cites as its source. */
  sourceOf: (entry: { source: string }) => Passage;
  /** What the timeline draws from a passage: links for the paragraph to point back. */
  drawnFrom: (passageId: string) => Backlink[];
}

export interface Backlink {
  /** Path below the base, with the fragment: timeline/#event-2012-09-ipcp */
  path: string;
  /** e.g. September 2012: Individual Partnership and Cooperation Programme signed */
  label: string;
}

let cached: Promise<Timeline> | undefined;

/** The checked timeline, loaded once per build; a source that names no passage stops the build. */
export function getTimeline(): Promise<Timeline> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Timeline> {
  const [eventEntries, undatedEntries, passages] = await Promise.all([
    getCollection('timeline'),
    getCollection('undatedActivities'),
    getPassages(),
  ]);
  const eventData = inFileOrder(eventEntries.map((entry) => entry.data));
  const undatedData = inFileOrder(undatedEntries.map((entry) => entry.data));

  const events = timelineEvents(eventData);
  const undated = undatedActivities(undatedData);
  const backlinks = new Map<string, Backlink[]>();
  for (const [passage, cited] of [...entriesByPassage(events), ...entriesByPassage(undated)]) {
    const links = cited.map((entry) => ({ path: `${TIMELINE_PATH}#${entry.anchor}`, label: entry.label }));
    backlinks.set(passage, [...(backlinks.get(passage) ?? []), ...links]);
  }
  return {
    events,
    years: groupByYear(events),
    undated,
    // The timeline loader has made sure every source exists.
    sourceOf: (entry) => passages.get(entry.source)!,
    drawnFrom: (passageId) => backlinks.get(passageId) ?? [],
  };
}
