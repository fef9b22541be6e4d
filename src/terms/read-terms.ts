import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditorError } from '../errors/editor-error.ts';
import { readTermsFile, TERMS_FILE, TERMS_HINT, type TermEntry } from './terms-file.ts';

/** The entries of the terms file of the project at `root` (the current directory during a build), checked on their own. */
export function readTerms(root: string = process.cwd()): TermEntry[] {
  const path = join(root, TERMS_FILE);
  if (!existsSync(path)) {
    throw new EditorError([{ where: TERMS_FILE, what: 'is missing; the terms page and search read it' }], TERMS_HINT);
  }
  return readTermsFile(readFileSync(path, 'utf8'), TERMS_FILE);
}
