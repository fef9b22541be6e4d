import { describe, expect, it } from 'vitest';
import { PARTS, parseBenchArgs, UsageError } from '../../../bench/lib/args.ts';

describe('bench flags', () => {
  it('runs every part by default', () => {
    expect(parseBenchArgs([])).toEqual({
      parts: [...PARTS],
      quick: false,
      skipBuild: false,
      recordRanks: false,
      help: false,
    });
  });
  it('--only keeps the canonical order whatever the order given', () => {
    expect(parseBenchArgs(['--only=search,pages']).parts).toEqual(['pages', 'search']);
  });
  it('--only also takes its list as the next argument', () => {
    expect(parseBenchArgs(['--only', 'build']).parts).toEqual(['build']);
  });
  it('names an unknown part and the parts to choose from', () => {
    expect(() => parseBenchArgs(['--only=pages,speed'])).toThrow(
      `unknown part "speed"; choose from ${PARTS.join(', ')}`,
    );
  });
  it('refuses an empty --only rather than running nothing', () => {
    expect(() => parseBenchArgs(['--only='])).toThrow('--only needs at least one part');
  });
  it('rejects an unknown flag by name, with the usage', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(UsageError);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/^unknown flag "--fast"\n\nnpm run bench -- \[flags\]/);
  });
  it('rejects a stray argument instead of ignoring it', () => {
    expect(() => parseBenchArgs(['--quick', 'pages'])).toThrow('unexpected argument "pages"');
  });
  it('says when --only is missing its list', () => {
    expect(() => parseBenchArgs(['--only'])).toThrow(/--only.*argument missing/);
  });
  it('reads --quick, --skip-build and -h', () => {
    expect(parseBenchArgs(['--quick', '--skip-build', '-h'])).toMatchObject({
      quick: true,
      skipBuild: true,
      help: true,
    });
  });
  it('reads the scaling sizes of --sections, smallest first, and refuses anything but whole numbers', () => {
    expect(parseBenchArgs(['--sections=10000,10,1000']).scalingSizes).toEqual([10, 1000, 10000]);
    expect(parseBenchArgs([]).scalingSizes).toBeUndefined();
    expect(() => parseBenchArgs(['--sections=10,1e3.5'])).toThrow(
      /--sections: "10,1e3.5" is not a comma-separated list/,
    );
    expect(() => parseBenchArgs(['--sections=10,,100'])).toThrow(UsageError);
  });
  it('reads --record-ranks', () => {
    expect(parseBenchArgs(['--only=relevance', '--record-ranks'])).toMatchObject({
      parts: ['relevance'],
      recordRanks: true,
    });
  });
});
