/**
 * The words of the indexed text, for close spellings: written at build time
 * next to the index (build/integrations/search-vocabulary.ts), one file per
 * first letter (./search-data.ts), so a query fetches only the part its word
 * needs, and only when a word matched nothing.
 */
import { foldWord } from './aliases.ts';

/** One part per first letter; words that start with anything else share "other". */
export const VOCABULARY_PARTS = [...'abcdefghijklmnopqrstuvwxyz', 'other'] as const;
export type VocabularyPart = (typeof VOCABULARY_PARTS)[number];

/** Shorter words are never corrected, nor offered as a correction. */
export const SHORTEST_VOCABULARY_WORD = 3;

/** A word as the text writes it most often, and how many times the text has it. */
export interface VocabularyWord {
  word: string;
  count: number;
}

/** A part's file: [word, count] pairs. */
export type VocabularyFile = [word: string, count: number][];

/** Reads one part of the built vocabulary: fetched in the browser, read from disk in Node. */
export type ReadVocabulary = (part: VocabularyPart) => Promise<readonly VocabularyWord[]>;

/** The part that holds words starting like this one (after folding, accents dropped). */
export function vocabularyPart(word: string): VocabularyPart {
  const first = foldWord(word).normalize('NFD').charAt(0);
  return /[a-z]/.test(first) ? (first as VocabularyPart) : 'other';
}

/** The words of a text for the vocabulary: runs of letters, split at hyphens and apostrophes. */
export function textWords(text: string): string[] {
  return text.match(/[\p{L}\p{M}]+/gu) ?? [];
}

export function parseVocabularyFile(data: unknown): VocabularyWord[] {
  if (!Array.isArray(data)) return [];
  return (data as VocabularyFile).map(([word, count]) => ({ word, count }));
}
