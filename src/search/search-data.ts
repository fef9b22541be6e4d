/**
 * The files the build writes for search besides Pagefind's index (below the
 * base path), fetched by the browser and read from disk by the tests:
 * the aliases without their editorial notes, and the vocabulary for close
 * spellings, one file per part.
 */
export const SEARCH_DATA_DIR = 'search-data';
export const ALIASES_FILE = `${SEARCH_DATA_DIR}/aliases.json`;

export function vocabularyFile(part: string): string {
  return `${SEARCH_DATA_DIR}/words/${part}.json`;
}
