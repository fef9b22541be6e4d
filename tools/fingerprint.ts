import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A folder's files with their sizes and modification times: equal fingerprints, untouched folder. */
export function folderFingerprint(dir: string): string {
  if (!existsSync(dir)) return 'absent';
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(path);
      return `${path.slice(dir.length)} ${size} ${mtimeMs}`;
    })
    .sort()
    .join('\n');
}
