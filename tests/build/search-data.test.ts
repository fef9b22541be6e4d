import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { foldWord } from '../../src/search/aliases.ts';
import { ALIASES_FILE, vocabularyFile } from '../../src/search/search-data.ts';
import { readTerms } from '../../src/terms/read-terms.ts';
import { isStopWord } from '../../src/search/stop-words.ts';
import {
  SHORTEST_VOCABULARY_WORD,
  VOCABULARY_PARTS,
  vocabularyPart,
  type VocabularyFile,
} from '../../src/search/vocabulary.ts';
import { readPage } from '../../tools/dist.ts';
import { projectRoot } from '../../tools/paths.ts';
import { ROOT_BUILD, SECTIONS } from '../support/site.ts';

/**
 * What the build writes beside the index for search (search-data/): the
 * vocabulary for close spellings, one part per first letter, and the aliases
 * without their editorial notes.
 */
const read = (file: string): unknown => JSON.parse(readFileSync(join(ROOT_BUILD.dir, file), 'utf8'));
const parts = VOCABULARY_PARTS.map((part) => ({ part, words: read(vocabularyFile(part)) as VocabularyFile }));

/** The words of every indexed page's reading content, text node by text node, as search indexes it. */
async function indexedWords(): Promise<Set<string>> {
  const words = new Set<string>();
  // The sections and the terms page are the indexed pages.
  for (const path of [...SECTIONS.map((section) => section.path), 'terms/']) {
    const $ = await readPage(path);
    const main = $('main[data-pagefind-body]').clone();
    main.find('[data-pagefind-ignore], script, style').remove();
    main
      .find('*')
      .addBack()
      .contents()
      .each((_, node) => {
        if (node.type === 'text')
          for (const word of node.data.match(/[\p{L}\p{M}]+/gu) ?? []) words.add(foldWord(word));
      });
  }
  return words;
}

describe('the vocabulary for close spellings', () => {
  it('has every part, so a query never asks for a missing file', () => {
    expect(VOCABULARY_PARTS.filter((part) => !existsSync(join(ROOT_BUILD.dir, vocabularyFile(part))))).toEqual([]);
  });

  it('holds only words that occur in the indexed text, each filed under its first letter', async () => {
    const text = await indexedWords();
    const all = parts.flatMap(({ part, words }) => words.map(([word]) => ({ part, word })));
    expect(all.length).toBeGreaterThan(250);
    expect(all.filter(({ word }) => !text.has(foldWord(word))).map(({ word }) => word)).toEqual([]);
    expect(all.filter(({ part, word }) => vocabularyPart(word) !== part)).toEqual([]);
  });

  it('leaves out stop words and words too short to correct, and counts each word', () => {
    const entries = parts.flatMap(({ words }) => words);
    expect(entries.filter(([word]) => isStopWord(foldWord(word)) || word.length < SHORTEST_VOCABULARY_WORD)).toEqual(
      [],
    );
    expect(entries.every(([, count]) => Number.isInteger(count) && count > 0)).toBe(true);
    expect(entries.find(([word]) => word === 'Rasmussen')?.[1]).toBeGreaterThan(1);
  });

  it('stays small: a few kilobytes in all, and a query fetches one part of at most 1 KB gzip', () => {
    const sizes = parts.map(({ part }) => readFileSync(join(ROOT_BUILD.dir, vocabularyFile(part))));
    const total = sizes.reduce((sum, bytes) => sum + bytes.length, 0);
    expect(total).toBeLessThan(12 * 1024);
    expect(Math.max(...sizes.map((bytes) => gzipSync(bytes).length))).toBeLessThan(1024);
  });
});

describe('the aliases the browser gets', () => {
  it('are the variants of the terms file, each to its term’s spelling, without the descriptions', () => {
    const terms = readTerms(projectRoot).filter((term) => term.variants.length > 0);
    expect(terms.length).toBeGreaterThan(30);
    expect(read(ALIASES_FILE)).toEqual({
      aliases: terms.map(({ spelling, variants }) => ({ source: spelling, variants })),
    });
  });
});
