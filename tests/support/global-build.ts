import { astroBuild } from './build.ts';
import { distDir, projectRoot } from './paths.ts';

/**
 * Builds the site once per test run, shared by the build and e2e projects.
 * SKIP_BUILD=1 reuses an existing dist/ when iterating on tests.
 */
export default async function buildOnce(): Promise<void> {
  if (process.env.SITE_BUILT === distDir || process.env.SKIP_BUILD === '1') return;
  const started = performance.now();
  const result = await astroBuild(projectRoot);
  if (result.code !== 0) {
    throw new Error(`The site did not build (exit ${result.code}):\n${result.output}`);
  }
  process.env.SITE_BUILT = distDir;
  console.log(`Built the site into ${distDir} in ${Math.round(performance.now() - started)} ms`);
}
