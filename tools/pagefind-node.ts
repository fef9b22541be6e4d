import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { PagefindApi } from '../src/search/run.ts';

/** Pagefind's own API as the built pagefind.js exposes it. */
export type BuiltPagefind = PagefindApi & { filters(): Promise<Record<string, Record<string, number>>> };

/**
 * Node's fetch cannot read file: URLs, which pagefind.js uses for its index
 * when loaded from disk; for the tests of one file, those alone are read from disk.
 */
export function useFileFetch(): void {
  const realFetch = globalThis.fetch;
  beforeAll(() => {
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.startsWith('file:')) return realFetch(input, init);
      return new Response(await readFile(fileURLToPath(url.split('?')[0]!)));
    }) as typeof fetch;
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
  });
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
