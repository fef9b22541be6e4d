import type { LineCounter, Document } from 'yaml';
import type { Problem } from '../errors/editor-error.ts';
import type { ShownKind } from './schema.ts';
import { spellingsOf } from './mentions.ts';
import { lineAt, TERMS_FILE, type TermEntry } from './terms-file.ts';

/**
 * The people and places a timeline entry lists are terms of the text: each
 * must be in the terms file, as a person or a place, in the text's spelling
 * or one of its other spellings, so the timeline and /terms/ name them alike.
 */
export interface TimelineNames {
  /** How messages name the entry: event "ipcp". */
  name: string;
  /** Its path in the timeline file: ['events', 3]. */
  path: readonly PropertyKey[];
  people: readonly string[];
  places: readonly string[];
}

const FIELDS = { people: 'person', places: 'place' } as const satisfies Record<string, ShownKind>;

export function timelineNameProblems(
  entries: readonly TimelineNames[],
  terms: readonly TermEntry[],
  timelineFile: string,
  lines?: { document: Document; counter: LineCounter },
): Problem[] {
  const problems: Problem[] = [];
  const termOf = (name: string) => terms.find((term) => spellingsOf(term).includes(name));
  for (const entry of entries) {
    for (const [field, kind] of Object.entries(FIELDS) as [keyof typeof FIELDS, ShownKind][]) {
      entry[field].forEach((name, i) => {
        const term = termOf(name);
        if (term?.kind === kind) return;
        const line = lines ? lineAt(lines.document, lines.counter, [...entry.path, field, i]) : undefined;
        problems.push({
          where: timelineFile,
          line,
          what: `${entry.name}, field "${field}[${i}]": "${name}" ${
            term ? `is a ${term.kind} in ${TERMS_FILE} (${term.name}), not a ${kind}` : `is not in ${TERMS_FILE}`
          }; list it there as a ${kind}, in the text’s spelling, or write it here as the terms file does`,
        });
      });
    }
  }
  return problems;
}
