import { describe, expect, it } from 'vitest';
import { pagefindTimeFromLog } from '../../../bench/lib/build-log.ts';

describe('pagefindTimeFromLog', () => {
  it('reads milliseconds from the integration line, not the timestamp', () => {
    const log = '06:03:10 [build] 3 page(s) built in 1.33s\n06:03:11 [pagefind] Indexed 5 pages in 312 ms\n';
    expect(pagefindTimeFromLog(log)).toBe(312);
  });
  it('converts seconds', () => {
    expect(pagefindTimeFromLog('12:00:00 [pagefind] search index written in 0.41s')).toBeCloseTo(410);
  });
  it('is undefined when the build did not report Pagefind', () => {
    expect(pagefindTimeFromLog('06:03:10 [build] Complete!\n')).toBeUndefined();
  });
});
