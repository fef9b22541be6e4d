import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { FILE_POSITION } from './timeline.ts';
import { readTimelineFile } from './file.ts';

/**
 * Loads one list of content/timeline.yaml into a collection. Astro's own
 * file() loader would keep only the last of two entries with the same id and
 * turn a YAML syntax error into an empty collection; here both stop the
 * build with a message naming the file, the entry and the field.
 */
export function timelineLoader(fileName: string, list: 'events' | 'undated'): Loader {
  return {
    name: `timeline-${list}`,
    load: async ({ config, store, parseData, watcher }) => {
      const url = new URL(fileName, config.root);
      const path = fileURLToPath(url);
      const sync = async () => {
        const file = readTimelineFile(await readFile(url, 'utf8'), fileName);
        store.clear();
        for (const [position, entry] of file[list].entries()) {
          const id = String(entry['id']);
          const data = await parseData({ id, data: entry, filePath: path });
          // The store keeps entries sorted by id; the place in the file is
          // what decides the order of two events on the same date.
          store.set({ id, data: { ...data, [FILE_POSITION]: position }, filePath: fileName });
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed === path) void sync();
      });
    },
  };
}
