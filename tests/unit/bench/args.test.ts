import { describe, expect, it } from 'vitest';
import { PARTS, parseArgs } from '../../../bench/lib/args.ts';

describe('bench flags', () => {
  it('runs every part by default', () => {
    expect(parseArgs([])).toEqual({ parts: [...PARTS], quick: false, skipBuild: false, help: false });
  });
  it('--only keeps the canonical order whatever the order given', () => {
    expect(parseArgs(['--only=search,pages']).parts).toEqual(['pages', 'search']);
  });
  it('names an unknown part', () => {
    expect(() => parseArgs(['--only=pages,speed'])).toThrow('unknown part "speed"');
  });
  it('rejects unknown flags instead of ignoring them', () => {
    expect(() => parseArgs(['--fast'])).toThrow('unknown flag "--fast"');
  });
  it('reads --quick and --skip-build', () => {
    expect(parseArgs(['--quick', '--skip-build'])).toMatchObject({ quick: true, skipBuild: true });
  });
});
