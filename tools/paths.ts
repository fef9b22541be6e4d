import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const projectRoot = fileURLToPath(new URL('../', import.meta.url));

/**
 * Where `npm test` builds the site: a folder of its own, so a build made for
 * deploying in dist/ is never overwritten by a test run. TEST_OUT_DIR lets two
 * runs on one machine keep apart.
 */
export const distDir = join(projectRoot, process.env.TEST_OUT_DIR || 'dist-test');

/** Where `npm run build` puts the site for deploying; tests only look at it. */
export const publishedDistDir = join(projectRoot, 'dist');

/** A second build of the same site under a sub-path, as a CDN sub-folder deploy would serve it. */
export const basePathDistDir = `${distDir}-base`;
export const TEST_BASE_PATH = '/nato-rok/';
export const TEST_SITE_URL = 'https://example.org';
/** The origin the first test build is published at: one of its own, so tests can tell it from the other. */
export const TEST_ROOT_SITE_URL = 'https://example.net';
/** A third build without SITE_URL, as a local preview: it must name no origin at all. */
export const localPreviewDistDir = `${distDir}-local`;
