import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, projectCopy } from '../../tools/build.ts';
import { ROOT_BUILD } from '../support/site.ts';

/** Every file of a build as path → SHA-256 of its bytes. */
async function fingerprint(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(
      path.slice(dir.length + 1),
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
    );
  }
  return files;
}

/** Files only in one build, or with different bytes. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths
    .filter((path) => a.get(path) !== b.get(path))
    .map((path) => `${path}: ${a.get(path) ?? 'missing'} vs ${b.get(path) ?? 'missing'}`);
}

/**
 * Two clean builds from two separate copies of the project (different
 * directories, fresh caches) must be byte-identical, index included: then a
 * deploy changes exactly the files whose content changed, and anyone can
 * rebuild a published version and check it.
 */
describe('reproducible builds', () => {
  const builds: Map<string, string>[] = [];
  const disposers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    for (const prefix of ['build-a-', 'build-b-']) {
      const copy = await projectCopy(prefix);
      disposers.push(copy.dispose);
      // Published as the build under test is, so the two have the same files.
      const result = await astroBuild(copy.root, { OUT_DIR: 'out', SITE_URL: ROOT_BUILD.siteUrl });
      if (result.code !== 0) throw new Error(`Build in a copy of the project failed:\n${result.output}`);
      builds.push(await fingerprint(join(copy.root, 'out')));
    }
  }, 240_000);

  afterAll(async () => {
    await Promise.all(disposers.map((dispose) => dispose()));
  });

  it('produce the same files, the ones of the build under test', async () => {
    const underTest = [...(await fingerprint(ROOT_BUILD.dir)).keys()].sort();
    expect(underTest).toContain('index.html');
    expect([...builds[0]!.keys()].sort()).toEqual(underTest);
    expect([...builds[1]!.keys()].sort()).toEqual(underTest);
  });

  it('produce the same bytes in every file', () => {
    expect(differences(builds[0]!, builds[1]!)).toEqual([]);
  });
});
