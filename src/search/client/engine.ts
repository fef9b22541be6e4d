/**
 * Pagefind from the build's index, loaded once and shared by every search
 * field of the page with the aliases beside it, and the one way they run a
 * query (../run.ts, as the tests in Node do). The vocabulary for close
 * spellings is fetched a part at a time, only when a word matches nothing.
 */
import type { AliasRule } from '../aliases.ts';
import { searchDocument, type PagefindApi, type SearchContext, type SearchOutcome } from '../run.ts';
import { ALIASES_FILE, vocabularyFile } from '../search-data.ts';
import { parseVocabularyFile, type ReadVocabulary, type VocabularyWord } from '../vocabulary.ts';

interface Pagefind extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
}

const base = import.meta.env.BASE_URL;
let engine: Promise<SearchContext> | undefined;

async function json(file: string): Promise<unknown> {
  const response = await fetch(`${base}${file}`);
  if (!response.ok) throw new Error(`${response.status} fetching ${file}`);
  return response.json();
}

const parts = new Map<string, Promise<readonly VocabularyWord[]>>();

const vocabulary: ReadVocabulary = (part) => {
  let words = parts.get(part);
  if (!words) {
    words = json(vocabularyFile(part))
      .then(parseVocabularyFile)
      // Search goes on without close spellings, and tries the part again next time.
      .catch(() => {
        parts.delete(part);
        return [];
      });
    parts.set(part, words);
  }
  return words;
};

async function loadEngine(): Promise<SearchContext> {
  const [pagefind, aliases] = await Promise.all([
    (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      // noWorker: an index this small searches in a few milliseconds on the main
      // thread, and the first search then skips the 12 KB worker script.
      await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
      // An empty search loads Pagefind's entry, page list and WebAssembly, and
      // no index chunk or filter: the reader's first words then fetch only
      // their own chunks.
      await pagefind.search('');
      return pagefind;
    })(),
    json(ALIASES_FILE).then((data) => (data as { aliases: AliasRule[] }).aliases),
  ]);
  return { pagefind, aliases, vocabulary };
}

/** Loads search (once; again after a failure), for the first words or to say early that it cannot work. */
export function loadSearch(): Promise<SearchContext> {
  engine ??= loadEngine().catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

export interface SearchRequest {
  /** '' for every section. */
  section: string;
  /** Most pages shown. */
  limit: number;
  /** No close spellings. */
  asTyped: boolean;
  /** True once a newer search has replaced this one: it stops early. */
  stale: () => boolean;
}

/** The results for what the reader typed. */
export async function searchFor(
  typed: string,
  { section, limit, asTyped, stale }: SearchRequest,
): Promise<SearchOutcome> {
  return searchDocument(await loadSearch(), typed, { section: section || undefined, limit, asTyped, stale });
}

export const unavailable = import.meta.env.DEV
  ? 'Search has no index in development: run `npm run build` once, then reload.'
  : 'Search could not be loaded. Read the whole document and use your browser’s Find instead.';
