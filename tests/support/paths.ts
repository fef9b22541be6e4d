import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The build under test; OUT_DIR lets two runs on one machine keep apart. */
export const distDir = join(projectRoot, process.env.OUT_DIR || 'dist');
