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
