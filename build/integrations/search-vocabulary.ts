import { Parser } from 'htmlparser2';
import { foldWord } from '../../src/search/aliases.ts';
import { isStopWord } from '../../src/search/stop-words.ts';
import {
  SHORTEST_VOCABULARY_WORD,
  textWords,
  VOCABULARY_PARTS,
  vocabularyPart,
  type VocabularyFile,
  type VocabularyPart,
} from '../../src/search/vocabulary.ts';

/** The element Pagefind indexes, as src/site/Page.astro marks it. */
const INDEXED = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*)<\/main>/;
const UNREAD = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The text Pagefind indexes in one page: inside data-pagefind-body, outside
 * data-pagefind-ignore. Text of neighbouring elements is kept apart by a
 * space, so "Brengelmann" and "Place" in two cells stay two words.
 */
export function indexedText(html: string): string {
  const body = INDEXED.exec(html)?.[1];
  if (body === undefined) return '';
  const texts: string[] = [];
  const open: boolean[] = [];
  let skipped = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const skip = 'data-pagefind-ignore' in attributes || UNREAD.has(name);
        open.push(skip);
        if (skip) skipped += 1;
      },
      onclosetag() {
        if (open.pop()) skipped -= 1;
      },
      ontext(text) {
        if (skipped === 0) texts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(body);
  return texts.join(' ');
}

interface Tally {
  count: number;
  /** How often each spelling (case) occurs: the commonest is the one shown. */
  forms: Map<string, number>;
}

/** Every word of these texts worth offering as a close spelling, per vocabulary part. */
export function vocabularyOf(texts: Iterable<string>): Map<VocabularyPart, VocabularyFile> {
  const tallies = new Map<string, Tally>();
  for (const text of texts) {
    for (const word of textWords(text)) {
      const key = foldWord(word);
      if (key.length < SHORTEST_VOCABULARY_WORD || isStopWord(key)) continue;
      const tally = tallies.get(key) ?? { count: 0, forms: new Map() };
      tally.count += 1;
      tally.forms.set(word, (tally.forms.get(word) ?? 0) + 1);
      tallies.set(key, tally);
    }
  }
  const parts = new Map<VocabularyPart, VocabularyFile>(VOCABULARY_PARTS.map((part) => [part, []]));
  for (const key of [...tallies.keys()].sort()) {
    const { count, forms } = tallies.get(key)!;
    // Map order is first seen, so a tie goes to the spelling met first.
    const [word] = [...forms].reduce((best, form) => (form[1] > best[1] ? form : best));
    parts.get(vocabularyPart(key))!.push([word, count]);
  }
  return parts;
}
