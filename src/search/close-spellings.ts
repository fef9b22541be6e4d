/**
 * Close spellings: when a word of a query matches nothing, the word of the
 * text closest to it by edit distance (./edit-distance.ts, where two swapped
 * letters count as one edit). Which word is closest is a choice with rules a
 * reader can predict; they are unit-tested:
 * - short words (three letters or fewer), numbers and stop words are never
 *   corrected, and never offered;
 * - the longer the word, the more edits are allowed;
 * - an abbreviation in capitals (ANA, NAC) is only ever corrected into
 *   another one (NATO), never into a common lowercase word;
 * - ties go to the word the text uses more often, then to the alphabet.
 */
import { foldWord } from './aliases.ts';
import { editDistance } from './edit-distance.ts';
import { isAbbreviation } from './query-terms.ts';
import { isStopWord } from './stop-words.ts';
import { SHORTEST_VOCABULARY_WORD, type VocabularyWord } from './vocabulary.ts';

/**
 * Edits allowed between a typed word of `length` letters and its correction:
 * one up to five letters ("Seol", "Parwn"), two from six ("Brengleman").
 * Stricter would miss common slips; looser turns real words the text does
 * not use into words it does ("money" is two edits from "month").
 */
export function editsAllowed(length: number): number {
  if (length <= SHORTEST_VOCABULARY_WORD) return 0;
  return length <= 5 ? 1 : 2;
}

interface Candidate {
  word: VocabularyWord;
  distance: number;
}

const isCapitals = (word: string) => word === word.toLocaleUpperCase('en') && /\p{L}/u.test(word);

/** Words of the vocabulary within `maxEdits` of the typed word, closest first. */
function candidates(typed: string, words: readonly VocabularyWord[], maxEdits: number): Candidate[] {
  const key = foldWord(typed);
  if (maxEdits <= 0 || /\p{N}/u.test(key)) return [];
  const abbreviation = isAbbreviation(typed);
  const found: Candidate[] = [];
  for (const word of words) {
    const wordKey = foldWord(word.word);
    if (wordKey === key || wordKey.length < SHORTEST_VOCABULARY_WORD || isStopWord(wordKey)) continue;
    if (abbreviation && !isCapitals(word.word)) continue;
    if (Math.abs(wordKey.length - key.length) > maxEdits) continue;
    const distance = editDistance(key, wordKey);
    if (distance <= maxEdits) found.push({ word, distance });
  }
  return found.sort(
    (a, b) => a.distance - b.distance || b.word.count - a.word.count || a.word.word.localeCompare(b.word.word, 'en'),
  );
}

/** The word of the text to search instead of `typed`, which matched nothing; undefined when none is close. */
export function closestWord(typed: string, words: readonly VocabularyWord[]): string | undefined {
  return candidates(typed, words, editsAllowed(foldWord(typed).length))[0]?.word.word;
}

/**
 * For the empty state: up to `count` words of the text near `typed`, allowing
 * one edit more than a correction does, so a reader sees what is there.
 */
export function nearestWords(typed: string, words: readonly VocabularyWord[], count = 3): string[] {
  const length = foldWord(typed).length;
  if (length < SHORTEST_VOCABULARY_WORD) return [];
  return candidates(typed, words, editsAllowed(length) + 1)
    .slice(0, count)
    .map((candidate) => candidate.word.word);
}
