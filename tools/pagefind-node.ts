import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { AliasRule } from '../src/search/aliases.ts';
import {
  searchDocument,
  type PagefindApi,
  type SearchContext,
  type SearchOptions,
  type SearchOutcome,
} from '../src/search/run.ts';
import { ALIASES_FILE, vocabularyFile } from '../src/search/search-data.ts';
import { parseVocabularyFile, type ReadVocabulary } from '../src/search/vocabulary.ts';

/** Pagefind's own API as the built pagefind.js exposes it. */
export type BuiltPagefind = PagefindApi & { filters(): Promise<Record<string, Record<string, number>>> };

/**
 * Node's fetch cannot read file: URLs, which pagefind.js uses for its index
 * when loaded from disk; from now on, those alone are read from disk.
 * Returns the function that puts the real fetch back.
 */
export function readFileUrlsOnFetch(): () => void {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('file:')) return realFetch(input, init);
    return new Response(await readFile(fileURLToPath(url.split('?')[0]!)));
  }) as typeof fetch;
  return () => {
    globalThis.fetch = realFetch;
  };
}

/** readFileUrlsOnFetch() for the tests of one file. */
export function useFileFetch(): void {
  let restore: (() => void) | undefined;
  beforeAll(() => {
    restore = readFileUrlsOnFetch();
  });
  afterAll(() => restore?.());
}

/**
 * The built index of `dir`, searched with the real pagefind.js exactly as the
 * browser does; result URLs start with `base`, as on the site.
 */
export async function openBuiltIndex(dir: string, base: string): Promise<BuiltPagefind> {
  const bundle = pathToFileURL(join(dir, 'pagefind/')).href;
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as {
    createInstance(options: { basePath: string; baseUrl: string }): BuiltPagefind;
  };
  const instance = module.createInstance({ basePath: bundle, baseUrl: base });
  await instance.filters();
  return instance;
}

/** The vocabulary parts of the built site in `dir`, read from disk as the browser fetches them. */
export function builtVocabulary(dir: string): ReadVocabulary {
  return async (part) => parseVocabularyFile(JSON.parse(await readFile(join(dir, vocabularyFile(part)), 'utf8')));
}

/** The aliases the built site in `dir` gives the browser. */
export async function builtAliases(dir: string): Promise<AliasRule[]> {
  return (JSON.parse(await readFile(join(dir, ALIASES_FILE), 'utf8')) as { aliases: AliasRule[] }).aliases;
}

/**
 * The site's own search over the built index of `dir`: the query path the
 * browser runs (src/search/run.ts), with the same aliases and vocabulary.
 */
export async function openSiteSearch(
  dir: string,
  base: string,
): Promise<(query: string, options?: SearchOptions) => Promise<SearchOutcome>> {
  const [pagefind, aliases] = await Promise.all([openBuiltIndex(dir, base), builtAliases(dir)]);
  const context: SearchContext = { pagefind, aliases, vocabulary: builtVocabulary(dir) };
  return (query, options) => searchDocument(context, query, options);
}
