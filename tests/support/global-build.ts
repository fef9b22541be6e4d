import { relative } from 'node:path';
import { NO_BROWSER, browserRequired, hasBrowser } from '../../tools/browser.ts';
import { astroBuild } from '../../tools/build.ts';
import type { TestProject } from 'vitest/node';
import { folderFingerprint } from '../../tools/fingerprint.ts';
import { projectRoot, publishedDistDir } from '../../tools/paths.ts';
import { BASE_PATH_BUILD, ROOT_BUILD } from './site.ts';

async function build(outDir: string, env: Record<string, string> = {}): Promise<void> {
  const started = performance.now();
  const result = await astroBuild(projectRoot, { ...env, OUT_DIR: relative(projectRoot, outDir) });
  if (result.code !== 0)
    throw new Error(`The site did not build into ${outDir} (exit ${result.code}):\n${result.output}`);
  console.log(`Built ${relative(projectRoot, outDir)}/ in ${Math.round(performance.now() - started)} ms`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ before the test builds ran (tools/fingerprint.ts): a test proves they left it alone. */
    publishedBuildBefore: string;
  }
}

/**
 * Builds the site once per test run, shared by the build and e2e projects:
 * ROOT_BUILD (dist-test/ at the domain root) and BASE_PATH_BUILD (dist-test-base/
 * under a sub-path), never dist/. SKIP_BUILD=1 reuses existing builds when
 * iterating on tests.
 */
export default async function buildOnce(project: TestProject): Promise<void> {
  project.provide('publishedBuildBefore', (process.env.PUBLISHED_BUILD_BEFORE ??= folderFingerprint(publishedDistDir)));
  if (project.name === 'e2e' && !hasBrowser) {
    if (browserRequired) throw new Error(NO_BROWSER);
    console.warn(`\n*** SKIPPING BROWSER TESTS. ${NO_BROWSER} ***\n`);
  }
  if (process.env.SITE_BUILT === ROOT_BUILD.dir || process.env.SKIP_BUILD === '1') return;
  await build(ROOT_BUILD.dir);
  await build(BASE_PATH_BUILD.dir, { BASE_PATH: BASE_PATH_BUILD.base, SITE_URL: BASE_PATH_BUILD.siteUrl });
  process.env.SITE_BUILT = ROOT_BUILD.dir;
}
