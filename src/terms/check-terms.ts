import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { EditorError, throwIfProblems } from '../errors/editor-error.ts';
import { carriesSource, sourcePassageTexts, type SourceSectionBlocks } from '../source/section-checks.ts';
import type { SectionFile } from '../source/section-files.ts';
import { readTimelineFile, TIMELINE_FILE } from '../timeline/file.ts';
import { readTerms } from './read-terms.ts';
import { termTextProblems } from './term-checks.ts';
import { TERMS_FILE, TERMS_HINT, type TermEntry } from './terms-file.ts';
import { timelineNameProblems, type TimelineNames } from './timeline-names.ts';

/**
 * The terms file checked before anything renders: its entries, then each
 * against the text (when the section files carry the source unchanged;
 * otherwise the fidelity check names the change), then the timeline's
 * people and places against it. Returns the entries.
 */
export function checkTerms(
  root: string,
  sections: readonly SectionFile[],
  source: readonly SourceSectionBlocks[],
  sourceText: string,
): TermEntry[] {
  const terms = readTerms(root);
  if (carriesSource(sections, source)) {
    const passages = sourcePassageTexts(sections, source);
    throwIfProblems(termTextProblems(terms, passages, sourceText, TERMS_FILE), TERMS_HINT);
  }
  const timeline = timelineNames(root);
  if (timeline) {
    throwIfProblems(
      timelineNameProblems(timeline.entries, terms, TIMELINE_FILE, timeline),
      `List each person and place of the timeline in ${TERMS_FILE}, as the text spells them; see docs/editing.md#terms-and-names.`,
    );
  }
  return terms;
}

/**
 * The timeline's entries with their people and places, and the file's
 * lines for messages; undefined for a timeline file with mistakes of its
 * own, which its loader reports with the other content checks.
 */
function timelineNames(root: string) {
  const text = readFileSync(join(root, TIMELINE_FILE), 'utf8');
  let file;
  try {
    file = readTimelineFile(text, TIMELINE_FILE);
  } catch (error) {
    if (error instanceof EditorError) return undefined;
    throw error;
  }
  const counter = new LineCounter();
  const document = parseDocument(text, { schema: 'failsafe', lineCounter: counter });
  const entries: TimelineNames[] = [
    ...file.parsedEvents.map((event, i) => ({ ...event, name: `event "${event.id}"`, path: ['events', i] })),
    ...file.parsedUndated.map((entry, i) => ({
      ...entry,
      name: `undated activity "${entry.id}"`,
      path: ['undated', i],
    })),
  ];
  return { entries, document, counter };
}
