/**
 * A query as search runs it: the words that count, and how Pagefind is asked
 * for them. Stop words are left out unless there is nothing else. An
 * abbreviation in capitals (ANA, NAC, PRT) is asked for as an exact word in
 * quotes: Pagefind would otherwise also match words that start with it or that
 * it falls back to when nothing does ("ANA" found "an").
 */
import { foldWord } from './aliases.ts';
import { isStopWord } from './stop-words.ts';

export interface QueryTerm {
  /** The word as typed (after aliases), without surrounding punctuation. */
  text: string;
  /** As search compares it: lower case, no punctuation. */
  key: string;
  /** Matched as a whole word only: an abbreviation in capitals, or a word typed in quotes. */
  exact: boolean;
}

export interface PreparedQuery {
  /** What Pagefind is asked. */
  pagefindQuery: string;
  terms: QueryTerm[];
  /** The whole query is a phrase in quotes: searched as typed, never corrected. */
  phrase: boolean;
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Two to five capital letters, nothing else: an abbreviation such as NAC or DMZ. */
export function isAbbreviation(word: string): boolean {
  return /^\p{Lu}{2,5}$/u.test(word.replace(EDGE_PUNCTUATION, ''));
}

function term(word: string, exact: boolean): QueryTerm {
  const text = word.replace(EDGE_PUNCTUATION, '');
  return { text, key: foldWord(text), exact };
}

export function prepareQuery(query: string): PreparedQuery {
  const trimmed = query.trim();
  const words = trimmed.split(/\s+/).filter((word) => word !== '');
  if (/^".+"$/.test(trimmed)) {
    const terms = words.map((word) => term(word, false)).filter((t) => t.key !== '');
    return { pagefindQuery: trimmed, terms, phrase: true };
  }
  // A query typed all in capitals ("GULF OF ADEN") is shouted, not abbreviated.
  const lettered = words.filter((word) => /\p{L}/u.test(word));
  const shouted = lettered.length > 1 && lettered.every((word) => word === word.toLocaleUpperCase('en'));
  const all = words
    .map((word) => term(word, /^".+"$/.test(word) || (!shouted && isAbbreviation(word))))
    .filter((t) => t.key !== '');
  const meaningful = all.filter((t) => t.exact || !isStopWord(t.key));
  const terms = meaningful.length > 0 ? meaningful : all;
  return {
    pagefindQuery: terms.map((t) => (t.exact ? `"${t.text}"` : t.text)).join(' '),
    terms,
    phrase: false,
  };
}
