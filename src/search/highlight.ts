/**
 * What the landing page marks: every word that starts with a searched term,
 * as Pagefind matches prefixes ("Afghan" finds "Afghanistan"), ignoring case.
 * Longer terms come first so "Korean" wins over "Korea" inside one word.
 */
export function highlightPattern(terms: readonly string[]): RegExp | null {
  const escaped = [...terms]
    .filter((term) => term.trim() !== '')
    .sort((a, b) => b.length - a.length)
    .map((term) => term.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (escaped.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

export interface TextRange {
  start: number;
  end: number;
}

/** Where the pattern matches in one run of text. */
export function matchRanges(text: string, pattern: RegExp): TextRange[] {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** Letters two words must share at the start to count as forms of one word ("stabilising", "stabilisation"). */
const SHARED_STEM = 5;

/**
 * Whether a word Pagefind marked is a form of one of the searched terms: it
 * starts with the term, or both share a stem. Marked words that are not,
 * such as text run together from adjacent elements, are not highlighted.
 */
export function isFormOf(word: string, terms: readonly string[]): boolean {
  // "RasmussenPlace": words of neighbouring elements that the index ran together.
  if (/\p{Ll}\p{Lu}/u.test(word)) return false;
  const w = word.toLocaleLowerCase('en');
  return terms.some((term) => {
    const t = term.toLocaleLowerCase('en');
    const stem = Math.min(SHARED_STEM, t.length);
    return w.startsWith(t) || (t.length >= stem && w.slice(0, stem) === t.slice(0, stem));
  });
}
