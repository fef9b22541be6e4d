import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { ALIASES_FILE, vocabularyFile } from '../../src/search/search-data.ts';
import type { VocabularyFile, VocabularyPart } from '../../src/search/vocabulary.ts';
import { aliasRules } from '../../src/terms/alias-rules.ts';
import { readTerms } from '../../src/terms/read-terms.ts';
import { indexedText, vocabularyOf } from './search-vocabulary.ts';

/** Every HTML file of the built site; those without indexed content give no text. */
async function htmlFiles(outDir: string): Promise<string[]> {
  const files = await readdir(outDir, { recursive: true });
  return files
    .filter((file) => file.endsWith('.html') && !file.split(sep).includes('pagefind'))
    .map((file) => join(outDir, file));
}

async function writeJson(outDir: string, file: string, data: unknown): Promise<number> {
  const path = join(outDir, file);
  await mkdir(dirname(path), { recursive: true });
  const json = JSON.stringify(data);
  await writeFile(path, json);
  return Buffer.byteLength(json);
}

/**
 * Writes what search fetches besides Pagefind's index (src/search/search-data.ts):
 * the aliases (the terms file's variants, checked before any page rendered,
 * without the descriptions, which are for readers of /terms/), and the vocabulary
 * of the indexed pages, every part written even when empty so the browser
 * never asks for a missing file. Returns the number of words and the bytes written.
 */
export async function writeSearchData(outDir: string, root: string): Promise<{ words: number; bytes: number }> {
  let bytes = await writeJson(outDir, ALIASES_FILE, { aliases: aliasRules(readTerms(root)) });

  const texts: string[] = [];
  for (const file of await htmlFiles(outDir)) texts.push(indexedText(await readFile(file, 'utf8')));
  const parts: Map<VocabularyPart, VocabularyFile> = vocabularyOf(texts);
  let words = 0;
  for (const [part, entries] of parts) {
    bytes += await writeJson(outDir, vocabularyFile(part), entries);
    words += entries.length;
  }
  return { words, bytes };
}
