import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { readTimelineFile, TIMELINE_FILE } from './file.ts';
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

/** The timeline's section slug (content/sections/timeline.mdx holds its introduction) and page path. */
export const TIMELINE_SLUG = 'timeline';
export const TIMELINE_PATH = 'timeline/';

/** A quote an entry rests on, with the passage it stands in. */
export interface EvidenceQuote {
  quote: string;
  passage: Passage;
}

export interface Timeline {
  events: TimelineEvent[];
  years: YearGroup[];
  undated: UndatedActivity[];
  /** Old heading id → the heading of the page it lands on (content/timeline.yaml `headingAliases`). */
  headingAliases: Record<string, string>;
  /** The passage an entry cites as its source. */
  sourceOf: (entry: { source: string }) => Passage;
  /** The entry's quotes, each with the first passage it cites that has it. */
  evidenceOf: (entry: CitingEntry) => EvidenceQuote[];
  /** What the timeline draws from a passage: links for the paragraph to point back. */
  drawnFrom: (passageId: string) => Backlink[];
}

export interface Backlink {
  /** Path below the base, with the fragment: timeline/#event-2012-09-ipcp */
  path: string;
  /** e.g. September 2012: Individual Partnership and Cooperation Programme signed */
  label: string;
}

interface CitingEntry {
  source: string;
  alsoIn: readonly string[];
  evidence: readonly string[];
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
  // The loader has read and checked the file; the map of old heading ids is not a collection of entries.
  const { headingAliases } = readTimelineFile(readFileSync(TIMELINE_FILE, 'utf8'), TIMELINE_FILE);
  const eventData = inFileOrder(eventEntries.map((entry) => entry.data));
  const undatedData = inFileOrder(undatedEntries.map((entry) => entry.data));

  const events = timelineEvents(eventData);
  const undated = undatedActivities(undatedData);
  const backlinks = new Map<string, Backlink[]>();
  for (const [passage, cited] of [...entriesByPassage(events), ...entriesByPassage(undated)]) {
    const links = cited.map((entry) => ({ path: `${TIMELINE_PATH}#${entry.anchor}`, label: entry.label }));
    backlinks.set(passage, [...(backlinks.get(passage) ?? []), ...links]);
  }
  // The timeline loader has made sure every source exists and, the text being unchanged, every quote stands in one.
  const passage = (id: string) => passages.get(id)!;
  return {
    events,
    years: groupByYear(events),
    undated,
    headingAliases,
    sourceOf: (entry) => passage(entry.source),
    evidenceOf: (entry) =>
      entry.evidence.map((quote) => ({
        quote,
        // A quote stands in no cited passage only when a section file has changed the text; that build
        // is stopped by the fidelity check, which names the change, so the page may point to the source.
        passage:
          [entry.source, ...entry.alsoIn]
            .map(passage)
            .find((cited) => cited.texts.some((text) => text.includes(quote))) ?? passage(entry.source),
      })),
    drawnFrom: (passageId) => backlinks.get(passageId) ?? [],
  };
}
