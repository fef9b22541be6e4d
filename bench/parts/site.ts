import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { astroBuild } from '../../tools/build.ts';
import { pageFile } from '../../tools/dist.ts';
import { projectRoot } from '../../tools/paths.ts';
import { sectionPath } from '../../src/linking/urls.ts';

/** The bench builds into its own folder, so it never disturbs dist/. */
export const BENCH_OUT_DIR = 'dist-bench';
export const benchDist = join(projectRoot, BENCH_OUT_DIR);

export async function buildBenchSite(): Promise<{ ms: number; output: string }> {
  const started = performance.now();
  const result = await astroBuild(projectRoot, { OUT_DIR: BENCH_OUT_DIR });
  const ms = performance.now() - started;
  if (result.code !== 0)
    throw new Error(`The site did not build into ${BENCH_OUT_DIR}/ (exit ${result.code}):\n${result.output}`);
  return { ms, output: result.output };
}

/** URL paths of the section pages ('/', '/practical-cooperation/' …), from content/sections. */
export async function sectionPagePaths(root = projectRoot): Promise<string[]> {
  const files = await readdir(join(root, 'content/sections'));
  return files.filter((file) => file.endsWith('.mdx')).map((file) => `/${sectionPath(file.replace(/\.mdx$/, ''))}`);
}

/** The section page (not the home page) with the most HTML: Lighthouse's worst case. */
export async function largestSectionPage(dist: string): Promise<string | undefined> {
  const sized = await Promise.all(
    (await sectionPagePaths())
      .filter((path) => path !== '/')
      .map(async (path) => ({
        path,
        size: (await stat(pageFile(path.slice(1), dist)).catch(() => ({ size: -1 }))).size,
      })),
  );
  return sized.filter((page) => page.size >= 0).sort((a, b) => b.size - a.size)[0]?.path;
}
