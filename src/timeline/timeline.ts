import { compareDates, formatSpan, formatSpanEnds } from '../source/dates.ts';
import type { TimelineEventData, UndatedActivityData } from './schema.ts';
import { throwIfProblems, type Problem } from '../errors/editor-error.ts';

/**
 * The timeline as readers and exports see it: events in chronological
 * order with their permalink ids, grouped by year, and for every source
 * passage the events drawn from it.
 */
export interface TimelineEvent extends TimelineEventData {
  /** The permalink id: event-<start at its precision>-<id>, e.g. event-2012-09-ipcp. */
  anchor: string;
  /** The date or span as a reader writes it: September 2012, 2010–2013. */
  when: string;
  /** The year the event starts in; a span is listed under it. */
  year: number;
  /** How links and search results name it: "September 2012: <title>". */
  label: string;
  /** The label as it is heard, a span read as one: "2010 to 2013: <title>". */
  spokenLabel: string;
}

export interface UndatedActivity extends UndatedActivityData {
  /** The permalink id: undated-<id>. */
  anchor: string;
  /** How links and search results name it: "Undated: <title>". */
  label: string;
  spokenLabel: string;
}

export interface YearGroup {
  year: number;
  events: TimelineEvent[];
}

/** The heading of the activities the text leaves undated, after the years. */
export const UNDATED_HEADING = 'Undated activities';

/** The data key under which the loader records each entry's place in content/timeline.yaml. */
export const FILE_POSITION = 'filePosition';

/** Entries in the order of the data file (the content store sorts them by id). */
export function inFileOrder<T extends object>(entries: readonly T[]): T[] {
  const position = (entry: T) => Number((entry as Record<string, unknown>)[FILE_POSITION] ?? 0);
  return [...entries].sort((a, b) => position(a) - position(b));
}

export function eventAnchor(event: Pick<TimelineEventData, 'id' | 'date'>): string {
  return `event-${event.date.iso}-${event.id}`;
}

export function undatedAnchor(activity: Pick<UndatedActivityData, 'id'>): string {
  return `undated-${activity.id}`;
}

/**
 * Chronological by start; events starting together keep the order of the
 * data file (Array.prototype.sort is stable), so an editor decides which of
 * two events of April 2013 is told first.
 */
export function timelineEvents(data: readonly TimelineEventData[]): TimelineEvent[] {
  return [...data]
    .sort((a, b) => compareDates(a.date, b.date))
    .map((event) => {
      const when = formatSpan(event.date, event.end);
      const heard = event.end ? formatSpanEnds(event.date, event.end).join(' to ') : when;
      return {
        ...event,
        anchor: eventAnchor(event),
        when,
        year: event.date.year,
        label: `${when}: ${event.title}`,
        spokenLabel: `${heard}: ${event.title}`,
      };
    });
}

export function undatedActivities(data: readonly UndatedActivityData[]): UndatedActivity[] {
  return data.map((activity) => ({
    ...activity,
    anchor: undatedAnchor(activity),
    label: `Undated: ${activity.title}`,
    spokenLabel: `Undated: ${activity.title}`,
  }));
}

/** Consecutive events of the same start year, in order. */
export function groupByYear(events: readonly TimelineEvent[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last?.year === event.year) last.events.push(event);
    else groups.push({ year: event.year, events: [event] });
  }
  return groups;
}

/** For each passage id, the entries that cite it as `source` or in `alsoIn`, in timeline order. */
export function entriesByPassage<T extends { source: string; alsoIn: readonly string[] }>(
  entries: readonly T[],
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const entry of entries) {
    for (const passage of new Set([entry.source, ...entry.alsoIn])) {
      map.set(passage, [...(map.get(passage) ?? []), entry]);
    }
  }
  return map;
}

interface CitingEntry {
  id: string;
  source: string;
  alsoIn: readonly string[];
}

/**
 * Every `source` and `alsoIn` must name a passage of a source section, as
 * the site renders it. Lists all problems at once, naming the file, the
 * entry and the field, and the ids that do exist.
 */
export function checkSources(
  fileName: string,
  lists: { events: readonly CitingEntry[]; undated: readonly CitingEntry[] },
  passageIds: readonly string[],
): void {
  const known = new Set(passageIds);
  const problems: Problem[] = [];
  const kinds = { events: 'event', undated: 'undated activity' } as const;
  for (const list of ['events', 'undated'] as const) {
    for (const entry of lists[list]) {
      const name = `${kinds[list]} "${entry.id}"`;
      const problem = (what: string) => problems.push({ where: fileName, what: `${name}, ${what}` });
      if (!known.has(entry.source)) {
        problem(`field "source": "${entry.source}" names no paragraph of a source section`);
      }
      for (const other of entry.alsoIn) {
        if (!known.has(other)) problem(`field "alsoIn": "${other}" names no paragraph of a source section`);
        if (other === entry.source) problem(`field "alsoIn": "${other}" is already the source`);
      }
    }
  }
  throwIfProblems(problems, `Cite a paragraph by its id. The source paragraphs are: ${passageIds.join(', ')}`);
}
