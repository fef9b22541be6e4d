import { relative } from 'node:path';
import { NO_BROWSER, browserRequired, hasBrowser } from '../../tools/browser.ts';
import { astroBuild } from '../../tools/build.ts';
import { TEST_BASE_PATH, TEST_SITE_URL, basePathDistDir, distDir, projectRoot } from '../../tools/paths.ts';

async function build(outDir: string, env: Record<string, string> = {}): Promise<void> {
  const started = performance.now();
  const result = await astroBuild(projectRoot, { ...env, OUT_DIR: relative(projectRoot, outDir) });
  if (result.code !== 0)
    throw new Error(`The site did not build into ${outDir} (exit ${result.code}):\n${result.output}`);
  console.log(`Built ${relative(projectRoot, outDir)}/ in ${Math.round(performance.now() - started)} ms`);
}

/**
 * Builds the site once per test run, shared by the build and e2e projects:
 * dist/ at the domain root and dist-base/ under TEST_BASE_PATH.
 * SKIP_BUILD=1 reuses existing builds when iterating on tests.
 */
export default async function buildOnce(project?: { name: string }): Promise<void> {
  if (project?.name === 'e2e' && !hasBrowser) {
    if (browserRequired) throw new Error(NO_BROWSER);
    console.warn(`\n*** SKIPPING BROWSER TESTS. ${NO_BROWSER} ***\n`);
  }
  if (process.env.SITE_BUILT === distDir || process.env.SKIP_BUILD === '1') return;
  await build(distDir);
  await build(basePathDistDir, { BASE_PATH: TEST_BASE_PATH, SITE_URL: TEST_SITE_URL });
  process.env.SITE_BUILT = distDir;
}
