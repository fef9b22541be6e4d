import { describe, expect, it } from 'vitest';
import { pagefindTimeFromLog, searchDataTimeFromLog } from '../../../bench/lib/build-log.ts';

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

describe('searchDataTimeFromLog', () => {
  it('reads the time of the search data written after the index', () => {
    const log =
      '06:03:11 [pagefind-index] Indexed 5 pages in 312 ms into pagefind/ (210.9 KB on disk)\n' +
      '06:03:11 [pagefind-index] Wrote the aliases and 316 words for close spellings in 27 ms into search-data/ (6.5 KB)\n';
    expect(searchDataTimeFromLog(log)).toBe(27);
    expect(pagefindTimeFromLog(log)).toBe(312);
  });
  it('is undefined when the build wrote no search data', () => {
    expect(searchDataTimeFromLog('06:03:10 [build] Complete!\n')).toBeUndefined();
  });
});
