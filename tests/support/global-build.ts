import { relative } from 'node:path';
import { NO_BROWSER, browserRequired, hasBrowser } from '../../tools/browser.ts';
import { astroBuild } from '../../tools/build.ts';
import type { TestProject } from 'vitest/node';
import { folderFingerprint } from '../../tools/fingerprint.ts';
import { projectRoot, publishedDistDir } from '../../tools/paths.ts';
import { BASE_PATH_BUILD, LOCAL_PREVIEW_BUILD, ROOT_BUILD } from './site.ts';

/** An empty setting counts as unset, whatever the environment of the test run holds. */
const UNSET = { SITE_URL: '', BASE_PATH: '', SITE_NAME: '', SITE_PUBLISHER: '', SOURCE_URL: '', FEEDBACK_URL: '' };

/** Builds into `outDir` with `env` and nothing else set, and returns the build's log. */
async function build(outDir: string, env: Record<string, string> = {}): Promise<string> {
  const started = performance.now();
  const result = await astroBuild(projectRoot, { ...UNSET, ...env, OUT_DIR: relative(projectRoot, outDir) });
  if (result.code !== 0)
    throw new Error(`The site did not build into ${outDir} (exit ${result.code}):\n${result.output}`);
  console.log(`Built ${relative(projectRoot, outDir)}/ in ${Math.round(performance.now() - started)} ms`);
  return result.output;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ before the test builds ran (tools/fingerprint.ts): a test proves they left it alone. */
    publishedBuildBefore: string;
    /** What the build without SITE_URL printed; empty when the builds were reused (SKIP_BUILD). */
    localPreviewBuildLog: string;
  }
}

/**
 * Builds the site once per test run, shared by the build and e2e projects:
 * ROOT_BUILD (dist-test/ at the domain root), BASE_PATH_BUILD (dist-test-base/
 * under a sub-path), each with a SITE_URL of its own, and LOCAL_PREVIEW_BUILD
 * (dist-test-local/, without SITE_URL); never dist/. SKIP_BUILD=1 reuses
 * existing builds when iterating on tests.
 */
export default async function buildOnce(project: TestProject): Promise<void> {
  project.provide('publishedBuildBefore', (process.env.PUBLISHED_BUILD_BEFORE ??= folderFingerprint(publishedDistDir)));
  if (project.name === 'e2e' && !hasBrowser) {
    if (browserRequired) throw new Error(NO_BROWSER);
    console.warn(`\n*** SKIPPING BROWSER TESTS. ${NO_BROWSER} ***\n`);
  }
  project.provide('localPreviewBuildLog', process.env.LOCAL_PREVIEW_BUILD_LOG ?? '');
  if (process.env.SITE_BUILT === ROOT_BUILD.dir || process.env.SKIP_BUILD === '1') return;
  await build(ROOT_BUILD.dir, { SITE_URL: ROOT_BUILD.siteUrl });
  await build(BASE_PATH_BUILD.dir, {
    BASE_PATH: BASE_PATH_BUILD.base,
    SITE_URL: BASE_PATH_BUILD.siteUrl,
    ...BASE_PATH_BUILD.settings,
  });
  process.env.LOCAL_PREVIEW_BUILD_LOG = await build(LOCAL_PREVIEW_BUILD.dir);
  project.provide('localPreviewBuildLog', process.env.LOCAL_PREVIEW_BUILD_LOG);
  process.env.SITE_BUILT = ROOT_BUILD.dir;
}
