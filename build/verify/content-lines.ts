import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A section file's front matter, which can quote the text too (`evidence`): passages are looked for after it. */
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/**
 * The line of a content file where a published passage starts, so a message
 * can point the editor at it. Found by the passage's first words in the
 * file's body; undefined when the file no longer has them (a passage changed
 * by a component).
 */
export function contentLine(root: string, file: string, passage: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    return undefined;
  }
  const bodyStart = FRONT_MATTER.exec(text)?.[0].length ?? 0;
  const start = passage.split(' ').slice(0, 6).join(' ');
  const at = text.indexOf(start, bodyStart);
  return at === -1 ? undefined : text.slice(0, at).split('\n').length;
}
