/**
 * Which words of a query a page or one of its parts matched. Pagefind gives
 * the positions of the words it matched (locations into the page's text); a
 * word there counts for a query term when it is a form of it. That tells a
 * part that matched every searched word from one that matched a single one,
 * and a real match from one Pagefind fell back to ("an" for "ana").
 */
import { foldWord } from './aliases.ts';
import type { QueryTerm } from './query-terms.ts';

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** The shortest start of a typed word that still names something ("peace" of "peacekeeping"). */
const SHORTEST_START = 5;

/**
 * Whether a word of the page is a match for the term: the same word or one
 * starting with it (Pagefind matches prefixes); a form sharing all but its
 * last three letters (Pagefind matches stems: "stabilising", "stabilisation");
 * or a word of five letters or more that the term starts with, which
 * Pagefind falls back to when nothing else matches ("peace" for
 * "peacekeeping", but not "an" for "ana").
 * An exact term matches only itself, or itself with a plural or possessive s.
 * Each piece of a compound counts: "NATO-led" matches "NATO", "US$75" "US".
 */
export function matchesTerm(pageWord: string, term: QueryTerm): boolean {
  const pieces = [pageWord, ...pageWord.split(/[^\p{L}\p{N}]+/u)].map(foldWord).filter((piece) => piece !== '');
  return pieces.some((piece) =>
    term.exact
      ? piece === term.key || piece === `${term.key}s`
      : piece.startsWith(term.key) ||
        sharedStart(piece, term.key) >= Math.max(4, term.key.length - 3) ||
        (piece.length >= SHORTEST_START && term.key.startsWith(piece)),
  );
}

/**
 * Whether a word Pagefind marked in an excerpt is a form of a searched term
 * worth highlighting on the page it links to ("stabilisation" for
 * "stabilising"). Words of neighbouring elements that the index ran together
 * ("RasmussenPlace") are not.
 */
export function isHighlightForm(markedWord: string, terms: readonly QueryTerm[]): boolean {
  return !/\p{Ll}\p{Lu}/u.test(markedWord) && terms.some((term) => matchesTerm(markedWord, term));
}

/** The page's text as Pagefind counts its words: its locations index into this. */
export function pageWords(content: string): string[] {
  return content.split(/\s+/);
}

/** The indices of the terms matched by the words at these locations. */
export function termsMatchedAt(
  words: readonly string[],
  locations: readonly number[],
  terms: readonly QueryTerm[],
): Set<number> {
  const matched = new Set<number>();
  for (const location of locations) {
    const word = words[location];
    if (word === undefined) continue;
    terms.forEach((term, i) => {
      if (!matched.has(i) && matchesTerm(word, term)) matched.add(i);
    });
  }
  return matched;
}
