/**
 * Runs before every `npm run bench`: installs the benchmark's own packages
 * (bench/package.json: Lighthouse and what it pulls in) the first time, and
 * again when bench/package-lock.json has moved on. The site's own
 * `npm install` never needs them.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('./', import.meta.url));

const readJson = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
  } catch {
    return undefined;
  }
};

/** The packages bench/package.json names whose installed version differs from the lock's. */
function outdatedPackages(): string[] {
  const manifest = readJson('./package.json') as { dependencies: Record<string, string> };
  const lock = readJson('./package-lock.json') as { packages: Record<string, { version: string }> };
  return Object.keys(manifest.dependencies).filter((name) => {
    const installed = readJson(`./node_modules/${name}/package.json`) as { version?: string } | undefined;
    return installed?.version !== lock.packages[`node_modules/${name}`]?.version;
  });
}

const outdated = outdatedPackages();
if (outdated.length > 0) {
  console.log(`Installing the benchmark's packages into bench/node_modules (${outdated.join(', ')}) …`);
  // npm runs on whatever Node is first on PATH; run it on this one (the
  // project's pinned Node) so the engines of Lighthouse are satisfied.
  const npm = process.env['npm_execpath']?.endsWith('npm-cli.js') ? process.env['npm_execpath'] : undefined;
  const args = ['ci', '--no-audit', '--no-fund'];
  const result = npm
    ? spawnSync(process.execPath, [npm, ...args], { cwd: benchDir, stdio: 'inherit' })
    : spawnSync('npm', args, { cwd: benchDir, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('Installing the benchmark packages failed: run `npm --prefix bench ci` to see why.');
    process.exit(result.status ?? 1);
  }
}
