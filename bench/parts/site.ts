import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pageFile } from '../../tools/dist.ts';
import { projectRoot } from '../../tools/paths.ts';
import { sectionPath } from '../../src/linking/urls.ts';
import { astroBuild, type TimedBuild } from './astro-build.ts';

/** The bench builds into its own folder, so it never disturbs dist/. */
export const BENCH_OUT_DIR = 'dist-bench';
export const benchDist = join(projectRoot, BENCH_OUT_DIR);

export function buildBenchSite(): Promise<TimedBuild> {
  return astroBuild(`The site (into ${BENCH_OUT_DIR}/)`, { root: projectRoot, outDir: benchDist });
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
