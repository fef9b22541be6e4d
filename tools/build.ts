import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './paths.ts';

export interface BuildResult {
  code: number;
  /** stdout and stderr together, as a developer would see them. */
  output: string;
}

/** Runs a script with the pinned Node that runs the tests; its stdout and stderr together, as a developer sees them. */
export function runNodeScript(
  script: string,
  args: readonly string[] = [],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Runs `npm run build` (build/run-build.ts) in `root`, so a fixture sees
 * exactly the messages an editor sees.
 */
export function astroBuild(root: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return runNodeScript(join(root, 'build/run-build.ts'), [], { cwd: root, env });
}

/**
 * Astro and Vite keep their caches (the content data store, optimized
 * dependencies) in node_modules/.astro and node_modules/.vite. Linking the
 * whole folder would let a fixture's broken content leak into the project's
 * cache and let two fixture builds race on it; linking each package instead
 * gives every copy caches of its own.
 */
const CACHE_DIRS = new Set(['.astro', '.vite', '.cache']);

async function linkNodeModules(root: string): Promise<void> {
  const modules = join(root, 'node_modules');
  await mkdir(modules);
  for (const name of await readdir(join(projectRoot, 'node_modules'))) {
    if (!CACHE_DIRS.has(name)) await symlink(join(projectRoot, 'node_modules', name), join(modules, name));
  }
}

const PROJECT_PARTS = ['src', 'build', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * A throwaway copy of the project (node_modules linked, not copied) for builds
 * that must not touch the real one: bad-input fixtures, base-path builds,
 * synthetic sites. Remove it with `dispose()`.
 */
export async function projectCopy(prefix = 'site-'): Promise<{ root: string; dispose: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  for (const part of PROJECT_PARTS) {
    await cp(join(projectRoot, part), join(root, part), { recursive: true });
  }
  await linkNodeModules(root);
  await mkdir(join(root, '.astro'), { recursive: true });
  return { root, dispose: () => rm(root, { recursive: true, force: true }) };
}

/**
 * Builds a copy of the project with one file changed, as an editor's mistake
 * would change it, and returns the build's exit code and log.
 */
export async function buildWithChange(
  file: string,
  change: (text: string) => string,
  prefix = 'bad-input-',
): Promise<BuildResult> {
  const copy = await projectCopy(prefix);
  try {
    const path = join(copy.root, file);
    const before = await readFile(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`The fixture must change ${file}; its edit matched nothing.`);
    await writeFile(path, after);
    return await astroBuild(copy.root, { OUT_DIR: 'dist' });
  } finally {
    await copy.dispose();
  }
}
