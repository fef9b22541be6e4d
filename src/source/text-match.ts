import { diffWords } from 'diff';
import { splitSentences } from './source-text.ts';

/**
 * Telling an editor how a text differs from the source: the fidelity check
 * (a published paragraph against the source's) and the evidence checks (a
 * quote against the passages it cites) share these, so both name the
 * closest passage and the words that differ the same way.
 */

/** A passage in a message, in curly quotes, cut at `max` characters. */
export function quoted(text: string, max = 70): string {
  return `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;
}

/**
 * What a changed text has instead of the original's words:
 * it has “480” where the source has “470”.
 */
export function difference(original: string, changed: string, originalName = 'the source'): string {
  const parts = diffWords(original, changed);
  const removed = parts.filter((p) => p.removed).map((p) => p.value.trim());
  const added = parts.filter((p) => p.added).map((p) => p.value.trim());
  if (added.length === 0) return `it leaves out ${quoted(removed.join(' … '), 40)}`;
  if (removed.length === 0) return `it adds ${quoted(added.join(' … '), 40)}`;
  return `it has ${quoted(added.join(' … '), 40)} where ${originalName} has ${quoted(removed.join(' … '), 40)}`;
}

export interface NearestOptions {
  /**
   * How likeness is measured: `shared` weighs the words both have against
   * both lengths (a paragraph against a paragraph); `contained` is the share
   * of the text's own words the candidate has (a short quote against the
   * sentence it was taken from).
   */
  by?: 'shared' | 'contained';
  /** Below this likeness (0–1) nothing is near. */
  threshold?: number;
}

const words = (text: string) => new Set(text.toLowerCase().split(/\s+/));

/** The candidate most like `text`, or undefined when none is alike enough. */
export function nearest(
  text: string,
  candidates: readonly string[],
  { by = 'shared', threshold = 0.3 }: NearestOptions = {},
): string | undefined {
  const mine = words(text);
  let best: string | undefined;
  let bestScore = 0;
  for (const candidate of candidates) {
    const theirs = words(candidate);
    const shared = [...mine].filter((w) => theirs.has(w)).length;
    const score = by === 'shared' ? (2 * shared) / (mine.size + theirs.size) : shared / mine.size;
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return bestScore >= threshold ? best : undefined;
}

/**
 * The stretch of `texts` a quote that is not in them was most likely taken
 * from: the sentence with most of its words, cut to where the quote starts
 * and ends, so the message shows the words that differ and not the rest of
 * the sentence.
 */
export function closestStretch(quote: string, texts: readonly string[]): string | undefined {
  const sentence = nearest(quote, texts.flatMap(splitSentences), { by: 'contained', threshold: 0.5 });
  if (sentence === undefined) return undefined;
  const parts = diffWords(sentence, quote);
  while (parts[0]?.removed) parts.shift();
  while (parts.at(-1)?.removed) parts.pop();
  return parts
    .filter((part) => !part.added)
    .map((part) => part.value)
    .join('')
    .trim();
}

/** Where a stretch of text occurs in a longer one, every time. */
export function occurrences(haystack: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) at.push(i);
  return at;
}
