/**
 * `npm run build`: the whole pipeline and the gate. Astro builds into a
 * staging folder beside the output; its integrations verify the result and
 * index it. Only when every check has passed does the staging folder replace
 * the output, so a failed build leaves the previous one untouched. A failure
 * prints one message saying where, what and how to fix it.
 */
import { build } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatBuildError } from './format-error.ts';
import { checkContentFiles } from './preflight.ts';
import { LOCAL_PREVIEW_WARNING, outDirFrom, siteSettings, syntheticSectionsAllowed } from './site-config.ts';

// A build for publishing is a production build whatever called it (Vitest
// sets NODE_ENV=test, which would change the bundled scripts).
process.env['NODE_ENV'] = 'production';

const root = process.cwd();
const outDir = resolve(root, outDirFrom(process.env));
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

/**
 * Astro caches the content collections between builds, and its cache can
 * still point at a section file that was renamed or removed ("failed to
 * resolve import"). Content is read again on every build instead: a few
 * files, a few milliseconds.
 */
async function dropContentCache(): Promise<void> {
  await rm(join(root, 'node_modules/.astro/data-store.json'), { force: true });
  await rm(join(root, '.astro/content-modules.mjs'), { force: true });
}

async function moveIntoPlace(): Promise<void> {
  await rm(previous, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, previous);
  await rename(staging, outDir);
  await rm(previous, { recursive: true, force: true });
}

await rm(staging, { recursive: true, force: true });
try {
  // Settings and content files first, so a mistake there is named on its own before Astro starts.
  if (siteSettings(process.env).site === undefined) console.warn(`\nWarning: ${LOCAL_PREVIEW_WARNING}\n`);
  checkContentFiles(root, syntheticSectionsAllowed(process.env));
  await dropContentCache();
  await build({ root, outDir: staging });
  await moveIntoPlace();
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\n${formatBuildError(error, root)}\n`);
  process.exitCode = 1;
}
