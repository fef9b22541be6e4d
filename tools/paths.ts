import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const projectRoot = fileURLToPath(new URL('../', import.meta.url));

/** The build under test; OUT_DIR lets two runs on one machine keep apart. */
export const distDir = join(projectRoot, process.env.OUT_DIR || 'dist');

/** A second build of the same site under a sub-path, as a CDN sub-folder deploy would serve it. */
export const basePathDistDir = `${distDir}-base`;
export const TEST_BASE_PATH = '/nato-rok/';
export const TEST_SITE_URL = 'https://example.org';
