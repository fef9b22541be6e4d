import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { checkSources, FILE_POSITION } from './timeline.ts';
import { sourceModel } from '../source/model.ts';
import { readSectionFiles } from '../source/section-files.ts';
import { carriesSource, sourcePassageTexts } from '../source/section-checks.ts';
import { readSourceText } from '../source/source-file.ts';
import { readTimelineFile } from './file.ts';
import { checkTimelineEvidence } from './evidence.ts';

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
        // Every source must be a passage of the text, and every entry rest on
        // quotes from its passages; checked once, with the events.
        if (list === 'events') {
          const root = fileURLToPath(config.root);
          const sections = readSectionFiles(root);
          const source = sourceModel(readSourceText(root)).sections;
          const passages = sourcePassageTexts(sections, source);
          const lists = { events: file.parsedEvents, undated: file.parsedUndated };
          checkSources(
            fileName,
            lists,
            passages.map((passage) => passage.id),
          );
          // Quotes are checked against the text the section files carry; when they do not carry the
          // source unchanged, the fidelity check stops the build instead, naming the change.
          if (carriesSource(sections, source)) checkTimelineEvidence(fileName, lists, passages);
        }
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
