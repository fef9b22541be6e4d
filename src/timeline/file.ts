import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import {
  timelineEventSchema,
  undatedActivitySchema,
  type TimelineEventData,
  type UndatedActivityData,
} from './schema.ts';

/**
 * Reads content/timeline.yaml: two lists, `events` (dated) and `undated`.
 * Every problem in the file is reported at once, each naming the file, the
 * event and the field, so one failed build shows everything to fix.
 */
export class TimelineDataError extends Error {
  override name = 'TimelineDataError';
}

export interface TimelineFile {
  /** The raw entries, checked; Astro's loader stores them by id. */
  events: Record<string, unknown>[];
  undated: Record<string, unknown>[];
  /** The same entries as the schema outputs them. */
  parsedEvents: TimelineEventData[];
  parsedUndated: UndatedActivityData[];
}

const LISTS = { events: 'event', undated: 'undated activity' } as const;
type ListName = keyof typeof LISTS;

function entryName(list: ListName, entry: unknown, index: number): string {
  const id = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['id'] : undefined;
  return typeof id === 'string' && id !== '' ? `${LISTS[list]} "${id}"` : `${LISTS[list]} #${index + 1} (no id)`;
}

function issueLines(prefix: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return field === '' ? `${prefix}: ${issue.message}` : `${prefix}, field "${field}": ${issue.message}`;
  });
}

/**
 * YAML's failsafe schema reads every value as text, so `date: 2005` stays
 * the string "2005" and `2012-09-01` is never turned into a timestamp.
 */
export function readTimelineFile(text: string, fileName: string): TimelineFile {
  const document = parseDocument(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: true });
  if (document.errors.length > 0) {
    throw new TimelineDataError(document.errors.map((error) => `${fileName}: ${error.message}`).join('\n'));
  }
  const root: unknown = document.toJS();
  const problems: string[] = [];
  const lists: Record<ListName, Record<string, unknown>[]> = { events: [], undated: [] };
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    throw new TimelineDataError(`${fileName}: expected two lists, "events:" and "undated:"`);
  }
  for (const key of Object.keys(root)) {
    if (!(key in LISTS)) problems.push(`${fileName}: unknown list "${key}"; the lists are events and undated`);
  }
  const seen = new Map<string, string>();
  const parsedEvents: TimelineEventData[] = [];
  const parsedUndated: UndatedActivityData[] = [];
  for (const list of Object.keys(LISTS) as ListName[]) {
    const entries: unknown = (root as Record<string, unknown>)[list] ?? [];
    if (!Array.isArray(entries)) {
      problems.push(`${fileName}: "${list}" must be a list of entries, each starting with "- id:"`);
      continue;
    }
    entries.forEach((entry: unknown, index) => {
      const name = entryName(list, entry, index);
      const prefix = `${fileName}: ${name}`;
      const result = list === 'events' ? timelineEventSchema.safeParse(entry) : undatedActivitySchema.safeParse(entry);
      if (!result.success) {
        problems.push(...issueLines(prefix, result.error));
        return;
      }
      const id = result.data.id;
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push(`${prefix}, field "id": "${id}" is already used by ${first}; each entry needs its own id`);
        return;
      }
      seen.set(id, name.replace(/ "[^"]*"$/, ` #${index + 1} in ${list}`));
      lists[list].push(entry as Record<string, unknown>);
      if (list === 'events') parsedEvents.push(result.data as TimelineEventData);
      else parsedUndated.push(result.data as UndatedActivityData);
    });
  }
  if (problems.length === 0 && parsedEvents.length === 0) {
    problems.push(`${fileName}: "events" is empty; the timeline needs at least one event`);
  }
  if (problems.length > 0) throw new TimelineDataError(problems.join('\n'));
  return { events: lists.events, undated: lists.undated, parsedEvents, parsedUndated };
}
