/**
 * Pagefind from the build's index, loaded once and shared by every search
 * field of the page, and the one way they run a query (../run.ts, as the
 * tests in Node do). The vocabulary for close spellings is fetched a part at
 * a time, only when a word matches nothing.
 */
import aliasData from '../../../content/search-aliases.json';
import type { SearchAlias } from '../aliases.ts';
import { searchDocument, type PagefindApi, type SearchOutcome } from '../run.ts';
import { parseVocabularyFile, VOCABULARY_DIR, type ReadVocabulary, type VocabularyWord } from '../vocabulary.ts';

interface Pagefind extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<unknown>;
}

const aliases: readonly SearchAlias[] = aliasData.aliases;
const base = import.meta.env.BASE_URL;
let engine: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  engine ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // noWorker: an index this small searches in a few milliseconds on the main
    // thread, and the first search then skips the 12 KB worker script.
    await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    // Loads the section counts that results report per filter value.
    await pagefind.filters();
    return pagefind;
  })();
  return engine;
}

const parts = new Map<string, Promise<readonly VocabularyWord[]>>();

const vocabulary: ReadVocabulary = (part) => {
  let words = parts.get(part);
  if (!words) {
    words = fetch(`${base}${VOCABULARY_DIR}/${part}.json`)
      .then((response) => (response.ok ? response.json() : []))
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

/** The results for what the reader typed, in one section or ('') in all; `asTyped`: no close spellings. */
export async function searchFor(typed: string, section: string, asTyped = false): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  return searchDocument({ pagefind, aliases, vocabulary }, typed, { section: section || undefined, asTyped });
}

export const unavailable = import.meta.env.DEV
  ? 'Search has no index in development: run `npm run build` once, then reload.'
  : 'Search could not be loaded. Read the whole document and use your browser’s Find instead.';
