import { fileURLToPath } from 'node:url';
import type { AstroInlineConfig } from 'astro';
import { runNodeScript } from '../../tools/build.ts';

const BUILD_PROCESS = fileURLToPath(new URL('./astro-build-process.ts', import.meta.url));

export interface TimedBuild {
  /** Wall time from starting Node to the end of the build. */
  ms: number;
  /** Astro's log, stdout and stderr together, as a developer would see it. */
  output: string;
}

/**
 * Builds a site with Astro's programmatic build() and the given inline
 * config, in a Node process of its own. Why not in the bench's process: the
 * figures are what a developer waits for, with Node, Vite and Pagefind
 * starting cold; in one process every build after the first would reuse
 * loaded modules and look faster, and the scaling sizes would not compare.
 * The process also gives the log the Pagefind time is read from.
 */
export async function astroBuild(
  /** Names the site in an error: "the site", "the synthetic site of 100 sections". */
  label: string,
  config: AstroInlineConfig,
  env: Record<string, string> = {},
): Promise<TimedBuild> {
  const started = performance.now();
  const { code, output } = await runNodeScript(BUILD_PROCESS, [JSON.stringify(config)], { env });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`${label} did not build (exit ${code}):\n${output.slice(-4000)}`);
  return { ms, output };
}
