import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroInlineConfig } from 'astro';

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
export function astroBuild(
  /** Names the site in an error: "the site", "the synthetic site of 100 sections". */
  label: string,
  config: AstroInlineConfig,
  env: Record<string, string> = {},
): Promise<TimedBuild> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILD_PROCESS, JSON.stringify(config)], {
      env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, output });
      else reject(new Error(`${label} did not build (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}
