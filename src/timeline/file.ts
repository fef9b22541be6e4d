import { parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { headingId } from '../source/ids.ts';
import { eventAnchor, UNDATED_HEADING, undatedAnchor } from './timeline.ts';
import {
  timelineEventSchema,
  undatedActivitySchema,
  type TimelineEventData,
  type UndatedActivityData,
} from './schema.ts';
import { throwIfYamlSyntaxErrors } from '../errors/yaml-syntax.ts';
import { EditorError, throwIfProblems, type Problem } from '../errors/editor-error.ts';
import { schemaProblems } from '../errors/schema-problems.ts';

/** The timeline's file, as messages name it: relative to the project's root. */
export const TIMELINE_FILE = 'content/timeline.yaml';

/**
 * Reads content/timeline.yaml: two lists, `events` (dated) and `undated`,
 * and the old ids of the page's headings (`headingAliases`).
 * Every problem in the file is reported at once, each naming the file, the
 * event and the field, so one failed build shows everything to fix.
 */
const HINT = 'Each entry needs id, date (or none when undated), title, summary and source; see docs/editing.md.';

export interface TimelineFile {
  /** The raw entries, checked; Astro's loader stores them by id. */
  events: Record<string, unknown>[];
  undated: Record<string, unknown>[];
  /** The same entries as the schema outputs them. */
  parsedEvents: TimelineEventData[];
  parsedUndated: UndatedActivityData[];
  /** Old heading id on /timeline/ → the heading (a year, or the undated activities) it now lands on. */
  headingAliases: Record<string, string>;
}

const LISTS = { events: 'event', undated: 'undated activity' } as const;
type ListName = keyof typeof LISTS;
const HEADING_ALIASES = 'headingAliases';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const headingAliasesSchema = z.record(
  z.string().regex(SLUG, 'each old id must be a slug such as 2016'),
  z.string().regex(SLUG, 'each value must be a current heading id such as 2013 or undated-activities'),
  { error: 'must be a map from old heading id to current heading id, e.g. { "2016": undated-activities }' },
);

function entryName(list: ListName, entry: unknown, index: number): string {
  const id = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['id'] : undefined;
  return typeof id === 'string' && id !== '' ? `${LISTS[list]} "${id}"` : `${LISTS[list]} #${index + 1} (no id)`;
}

/**
 * YAML's failsafe schema reads every value as text, so `date: 2005` stays
 * the string "2005" and `2012-09-01` is never turned into a timestamp.
 */
export function readTimelineFile(text: string, fileName: string): TimelineFile {
  const document = parseDocument(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: true });
  throwIfYamlSyntaxErrors(document, fileName, '- id:');
  const root: unknown = document.toJS();
  const problems: Problem[] = [];
  const lists: Record<ListName, Record<string, unknown>[]> = { events: [], undated: [] };
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    throw new EditorError([{ where: fileName, what: 'expected two lists, "events:" and "undated:"' }], HINT);
  }
  for (const key of Object.keys(root)) {
    if (!(key in LISTS) && key !== HEADING_ALIASES)
      problems.push({ where: fileName, what: `unknown key "${key}"; the keys are events, undated and headingAliases` });
  }
  const seen = new Map<string, string>();
  const parsedEvents: TimelineEventData[] = [];
  const parsedUndated: UndatedActivityData[] = [];
  for (const list of Object.keys(LISTS) as ListName[]) {
    const entries: unknown = (root as Record<string, unknown>)[list] ?? [];
    if (!Array.isArray(entries)) {
      problems.push({ where: fileName, what: `"${list}" must be a list of entries, each starting with "- id:"` });
      continue;
    }
    entries.forEach((entry: unknown, index) => {
      const name = entryName(list, entry, index);
      const result = list === 'events' ? timelineEventSchema.safeParse(entry) : undatedActivitySchema.safeParse(entry);
      if (!result.success) {
        problems.push(...schemaProblems(fileName, result.error, name));
        return;
      }
      const id = result.data.id;
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push({
          where: fileName,
          what: `${name}, field "id": "${id}" is already used by ${first}; each entry needs its own id`,
        });
        return;
      }
      seen.set(id, name.replace(/ "[^"]*"$/, ` #${index + 1} in ${list}`));
      lists[list].push(entry as Record<string, unknown>);
      if (list === 'events') parsedEvents.push(result.data as TimelineEventData);
      else parsedUndated.push(result.data as UndatedActivityData);
    });
  }
  if (problems.length === 0 && parsedEvents.length === 0) {
    problems.push({ where: fileName, what: '"events" is empty; the timeline needs at least one event' });
  }
  const aliases = headingAliasesSchema.safeParse((root as Record<string, unknown>)[HEADING_ALIASES] ?? {});
  if (!aliases.success) problems.push(...schemaProblems(fileName, aliases.error, `"${HEADING_ALIASES}"`));
  const headingAliases = aliases.success ? aliases.data : {};
  if (problems.length === 0) problems.push(...aliasProblems(fileName, parsedEvents, parsedUndated, headingAliases));
  throwIfProblems(problems, HINT);
  return { events: lists.events, undated: lists.undated, parsedEvents, parsedUndated, headingAliases };
}

/**
 * Old ids keep published links landing: an entry whose id or date changed
 * lists its old permalink in `aliases`, and a year heading that lost its
 * last entry is kept in `headingAliases`. An old id must be one no part of
 * the page uses now, named once, and a heading alias must point to a
 * heading the page has.
 */
function aliasProblems(
  fileName: string,
  events: readonly TimelineEventData[],
  undated: readonly UndatedActivityData[],
  headingAliases: Record<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  const headings = [...new Set(events.map((event) => headingId(String(event.date.year))))];
  if (undated.length > 0) headings.push(headingId(UNDATED_HEADING));
  const current = new Set([...headings, ...events.map(eventAnchor), ...undated.map(undatedAnchor)]);
  const claimed = new Map<string, string>();
  const claim = (old: string, by: string, field: string) => {
    const what = (text: string) => problems.push({ where: fileName, what: `${by}, field "${field}": ${text}` });
    if (current.has(old))
      what(`"${old}" is a current id on /timeline/; an alias is an old id that nothing uses any more`);
    else if (claimed.has(old)) what(`"${old}" is already an alias of ${claimed.get(old)}`);
    claimed.set(old, by);
  };
  for (const [list, entries] of [
    ['events', events],
    ['undated', undated],
  ] as const) {
    for (const entry of entries) {
      entry.aliases.forEach((old, i) => claim(old, `${LISTS[list]} "${entry.id}"`, `aliases[${i}]`));
    }
  }
  for (const [old, target] of Object.entries(headingAliases)) {
    claim(old, `"${HEADING_ALIASES}"`, old);
    if (!headings.includes(target)) {
      problems.push({
        where: fileName,
        what: `"${HEADING_ALIASES}", field "${old}": "${target}" is no heading of /timeline/ (headings: ${headings.join(', ')})`,
      });
    }
  }
  return problems;
}
