import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The canonical source text, byte for byte as published. This is the only
 * place that names its path: the site reads it through ./model.ts, build
 * checks and tests through readSourceText().
 */
export const SOURCE_FILE = 'content/source/relations-with-the-republic-of-korea.txt';

/** The source text of the project at `root` (the current directory during a build). */
export function readSourceText(root: string = process.cwd()): string {
  return readFileSync(join(root, SOURCE_FILE), 'utf8');
}

/** The source file's bytes, as /source.txt publishes them. */
export function readSourceBytes(root: string = process.cwd()): Buffer {
  return readFileSync(join(root, SOURCE_FILE));
}
