import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The line of a content file where a published passage starts, so a message
 * can point the editor at it. Found by the passage's first words; undefined
 * when the file no longer has them (a passage changed by a component).
 */
export function contentLine(root: string, file: string, passage: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    return undefined;
  }
  const start = passage.split(' ').slice(0, 6).join(' ');
  const at = text.indexOf(start);
  return at === -1 ? undefined : text.slice(0, at).split('\n').length;
}
