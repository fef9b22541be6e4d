import { describe, expect, inject, it } from 'vitest';
import { folderFingerprint } from '../../tools/fingerprint.ts';
import { publishedDistDir } from '../../tools/paths.ts';
import { BUILDS } from '../support/site.ts';

describe('npm test builds in folders of its own', () => {
  it('never into dist/, where a build for deploying lives', () => {
    expect(BUILDS).toHaveLength(2);
    for (const build of BUILDS)
      expect(build.dir.startsWith(`${publishedDistDir}/`) || build.dir === publishedDistDir).toBe(false);
  });

  it('left dist/ exactly as it was before the test builds', () => {
    expect(folderFingerprint(publishedDistDir)).toBe(inject('publishedBuildBefore'));
  });
});
