import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { EditorError } from '../errors/editor-error.ts';
import { readSourceText } from '../source/source-file.ts';
import { checkSearchAliases } from './alias-check.ts';

/**
 * Loads the search aliases as a content collection, so a mistake in them
 * stops the build (and the dev server) with the other content checks,
 * before any page renders. The browser code imports the same file directly.
 */
export function searchAliasLoader(fileName: string): Loader {
  return {
    name: 'search-aliases',
    load: async ({ config, store, watcher }) => {
      const path = fileURLToPath(new URL(fileName, config.root));
      const sync = async () => {
        let data: unknown;
        try {
          data = JSON.parse(await readFile(path, 'utf8'));
        } catch (error) {
          throw new EditorError(
            [{ where: fileName, what: `not valid JSON (${(error as Error).message})` }],
            'Check the quotes, commas and brackets near the place named.',
          );
        }
        const aliases = checkSearchAliases(data, readSourceText(fileURLToPath(config.root)), fileName);
        store.clear();
        aliases.forEach((alias, i) => store.set({ id: String(i), data: { ...alias } }));
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed === path) void sync();
      });
    },
  };
}
