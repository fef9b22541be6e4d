import { throwIfProblems, type Problem } from '../errors/editor-error.ts';
import { evidenceProblems, passageList, type PassageText } from '../evidence/evidence-check.ts';
import type { TimelineEventData, UndatedActivityData } from './schema.ts';

const HINT =
  'Quote the cited passages exactly, with their curly quotes and non-breaking spaces, and let the title, summary, people, places and date say only what the quotes say; see docs/editing.md#evidence.';

/**
 * Every timeline entry rests on its quotes (field `evidence`): each stands
 * word for word in a passage the entry cites (`source`, `alsoIn`), and the
 * entry's title, summary, people, places and date are readable from them.
 * All problems at once, each naming the file, the entry and the field.
 */
export function checkTimelineEvidence(
  fileName: string,
  lists: { events: readonly TimelineEventData[]; undated: readonly UndatedActivityData[] },
  passages: readonly PassageText[],
): void {
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  const problems: Problem[] = [];
  const entries = [
    ...lists.events.map((entry) => ({
      entry,
      name: `event "${entry.id}"`,
      dates: [{ field: 'date', date: entry.date }, ...(entry.end ? [{ field: 'end', date: entry.end }] : [])],
    })),
    ...lists.undated.map((entry) => ({ entry, name: `undated activity "${entry.id}"`, dates: [] })),
  ];
  for (const { entry, name, dates } of entries) {
    const citedIds = [entry.source, ...entry.alsoIn];
    const found = evidenceProblems({
      quotes: entry.evidence,
      quotesField: 'evidence',
      // The sources were checked first (checkSources): every id names a passage.
      cited: citedIds.map((id) => byId.get(id)!),
      citedName: passageList(citedIds),
      everyPassage: passages,
      sentences: [
        { field: 'title', text: entry.title },
        { field: 'summary', text: entry.summary },
      ],
      names: [
        ...entry.people.map((person, i) => ({ field: `people[${i}]`, name: person })),
        ...entry.places.map((place, i) => ({ field: `places[${i}]`, name: place })),
      ],
      dates,
    });
    for (const { field, what } of found) problems.push({ where: fileName, what: `${name}, field "${field}": ${what}` });
  }
  throwIfProblems(problems, HINT);
}
