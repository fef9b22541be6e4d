import type { Problem } from '../errors/editor-error.ts';
import { evidenceProblems, type PassageText } from '../evidence/evidence-check.ts';
import { foldedWords, foundBySearch } from '../search/found-by-search.ts';
import { spellingMentioned } from './mentions.ts';
import type { TermEntry } from './terms-file.ts';

/**
 * The terms file against the text: every spelling is the text's, no variant
 * is, and every quote in a description is the text's words exactly. Run
 * before anything renders (build/preflight.ts), with the passages as the
 * section files carry them.
 */

/** A description that quotes nothing must say so: these words, in the line. */
export const NOT_FROM_TEXT = 'not from the text';

const QUOTE = /“([^”]*)”/g;

/** The words a description quotes, in curly quotes. */
export function quotesIn(description: string): string[] {
  return [...description.matchAll(QUOTE)].map((match) => match[1] ?? '');
}

export function termTextProblems(
  entries: readonly TermEntry[],
  passages: readonly PassageText[],
  /** The whole source text, headings too, as search indexes it. */
  sourceText: string,
  fileName: string,
): Problem[] {
  const problems: Problem[] = [];
  const words = foldedWords(sourceText);
  const report = (entry: TermEntry, path: PropertyKey[], field: string, what: string) =>
    problems.push({ where: fileName, line: entry.lineOf(path), what: `${entry.name}, field "${field}": ${what}` });

  for (const entry of entries) {
    const spellings: [PropertyKey[], string, string][] = [
      [['spelling'], 'spelling', entry.spelling],
      ...entry.otherSpellings.map((s, i): [PropertyKey[], string, string] => [
        ['otherSpellings', i],
        `otherSpellings[${i}]`,
        s,
      ]),
    ];
    for (const [path, field, spelling] of spellings) {
      if (!spellingMentioned(spelling, entry, entries, passages)) {
        report(
          entry,
          path,
          field,
          `"${spelling}" does not occur in the text as a name of its own; write it exactly as the text does (case included), or remove the entry`,
        );
      }
    }
    entry.variants.forEach((variant, i) => {
      if (foundBySearch(words, variant)) {
        report(
          entry,
          ['variants', i],
          `variants[${i}]`,
          `"${variant}" occurs in the text; search finds it without a variant, so remove it (or list it in otherSpellings)`,
        );
      }
    });
    const quotes = quotesIn(entry.description);
    for (const { what } of evidenceProblems({
      quotes,
      quotesField: 'description',
      cited: passages,
      citedName: 'the text',
      sentences: [],
    })) {
      report(entry, ['description'], 'description', what);
    }
    if (entry.kind !== 'spelling' && quotes.length === 0 && !entry.description.includes(NOT_FROM_TEXT)) {
      report(
        entry,
        ['description'],
        'description',
        `quotes nothing from the text and does not say "(${NOT_FROM_TEXT})"; quote the text’s words in “curly quotes” where it explains the term, or say that the line is not from it`,
      );
    }
  }
  return problems;
}
