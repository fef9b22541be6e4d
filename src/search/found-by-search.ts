import { foldWord } from './aliases.ts';
import { normalizeWhitespace } from '../source/source-text.ts';

/**
 * Whether search already finds a phrase in the text, as the terms file's
 * checks ask of a reader's variant: such a variant needs no alias, and an
 * alias would hide the places where the text uses that very wording.
 */

/** Words as search compares them: case and punctuation do not count. */
export function foldedWords(value: string): string[] {
  return normalizeWhitespace(value)
    .split(' ')
    .map(foldWord)
    .filter((word) => word !== '');
}

/** A phrase as search compares it, as one key: "Secretary-General" and "secretarygeneral" are the same. */
export function foldedPhrase(value: string): string {
  return foldedWords(value).join(' ');
}

/**
 * Whether search finds the phrase in the text's folded words: its words in
 * a row, the last one also as the start of a longer word (search matches
 * prefixes, so "North Korea" finds "North Korea’s").
 */
export function foundBySearch(text: readonly string[], phrase: string): boolean {
  const wanted = foldedWords(phrase);
  const last = wanted.length - 1;
  return text.some((_, at) =>
    wanted.every((word, k) => (k === last ? text[at + k]?.startsWith(word) : text[at + k] === word)),
  );
}
