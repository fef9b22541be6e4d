import type { PassageText } from '../evidence/evidence-check.ts';
import type { Term } from './schema.ts';

/**
 * Where the text mentions a term: in which passages one of its spellings
 * (the text's spelling or its other spellings) stands, exactly as written
 * and as whole words: "PRT" in "(PRT)" and "NATO" in "NATO’s", but not
 * "Foreign Minister" in "foreign ministers". An occurrence inside a longer
 * spelling of another term of the same kind belongs to that term only: the
 * "Secretary General" in "Assistant Secretary General" is another office.
 * Computed from the text at build time, for /terms/ and its checks alike.
 */
export type MentionTerm = Pick<Term, 'slug' | 'kind' | 'spelling' | 'otherSpellings'>;

const WORD = /[\p{L}\p{N}]/u;

export interface Span {
  start: number;
  end: number;
}

/** Where a spelling stands in a text as whole words: no letter or digit joined to either end. */
export function spellingSpans(text: string, spelling: string): Span[] {
  const spans: Span[] = [];
  if (spelling === '') return spans;
  const first = spelling[0]!;
  const last = spelling.at(-1)!;
  for (let at = text.indexOf(spelling); at !== -1; at = text.indexOf(spelling, at + 1)) {
    const end = at + spelling.length;
    const joinedBefore = WORD.test(first) && WORD.test(text[at - 1] ?? ' ');
    const joinedAfter = WORD.test(last) && WORD.test(text[end] ?? ' ');
    if (!joinedBefore && !joinedAfter) spans.push({ start: at, end });
  }
  return spans;
}

export const spellingsOf = (term: Pick<Term, 'spelling' | 'otherSpellings'>): string[] => [
  term.spelling,
  ...term.otherSpellings,
];

/** The spans of a term's own mentions in a text: its spellings' spans not inside a longer same-kind term's. */
export function mentionSpans(text: string, term: MentionTerm, terms: readonly MentionTerm[]): Span[] {
  const longer = terms
    .filter((other) => other.slug !== term.slug && other.kind === term.kind)
    .flatMap((other) => spellingsOf(other).flatMap((spelling) => spellingSpans(text, spelling)));
  return spellingsOf(term)
    .flatMap((spelling) => spellingSpans(text, spelling))
    .filter(
      (span) =>
        !longer.some(
          (other) =>
            other.start <= span.start && span.end <= other.end && other.end - other.start > span.end - span.start,
        ),
    )
    .sort((a, b) => a.start - b.start);
}

/** The ids of the passages that mention the term, in the order given. */
export function mentioningPassages(
  term: MentionTerm,
  terms: readonly MentionTerm[],
  passages: readonly PassageText[],
): string[] {
  return passages
    .filter((passage) => passage.texts.some((text) => mentionSpans(text, term, terms).length > 0))
    .map((passage) => passage.id);
}

/** Whether one spelling of the term stands in the passages as its own mention. */
export function spellingMentioned(
  spelling: string,
  term: MentionTerm,
  terms: readonly MentionTerm[],
  passages: readonly PassageText[],
): boolean {
  const alone = { ...term, spelling, otherSpellings: [] };
  return passages.some((passage) => passage.texts.some((text) => mentionSpans(text, alone, terms).length > 0));
}
