import { describe, expect, it } from 'vitest';
import { growthPer10x, median, percentile, summarize } from '../../../bench/lib/stats.ts';
import { kb, ms } from '../../../bench/lib/format.ts';
import { gzipSize } from '../../../bench/lib/gzip.ts';

describe('median', () => {
  it('takes the middle of an odd count, unsorted input', () => {
    expect(median([9, 1, 5])).toBe(5);
  });
  it('averages the two middle samples of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses no samples rather than inventing a figure', () => {
    expect(() => median([])).toThrow('no samples');
  });
});

describe('percentile', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
  it('p95 of 20 samples is the 19th smallest (nearest rank)', () => {
    expect(percentile(twenty, 95)).toBe(19);
  });
  it('p100 is the maximum and p0 the minimum', () => {
    expect(percentile(twenty, 100)).toBe(20);
    expect(percentile(twenty, 0)).toBe(1);
  });
  it('one outlier moves p95 but not the median', () => {
    const samples = [...twenty.slice(0, 19).map(() => 10), 500];
    expect(summarize(samples)).toMatchObject({ median: 10, p95: 10, max: 500 });
    expect(percentile(samples, 100)).toBe(500);
  });
});

describe('growthPer10x', () => {
  it('is 10 for a figure that grows linearly', () => {
    expect(growthPer10x({ size: 10, value: 3 }, { size: 1000, value: 300 })).toBeCloseTo(10);
  });
  it('is 1 for a flat figure and √10 for square-root growth', () => {
    expect(growthPer10x({ size: 10, value: 7 }, { size: 1000, value: 7 })).toBeCloseTo(1);
    expect(growthPer10x({ size: 10, value: 1 }, { size: 1000, value: 10 })).toBeCloseTo(Math.sqrt(10));
  });
  it('cannot say anything from a zero start', () => {
    expect(growthPer10x({ size: 10, value: 0 }, { size: 100, value: 5 })).toBeNaN();
  });
});

describe('formatting', () => {
  it('counts KB as 1,024 bytes', () => {
    expect(kb(14 * 1024)).toBe('14.0 KB');
  });
  it('shows a figure that could not be measured as a dash, also when results.json stored it as null', () => {
    expect(ms(Number.NaN)).toBe('–');
    expect(kb(JSON.parse('null') as number)).toBe('–');
  });
  it('gzip never reports more than the raw size (already compressed data)', () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24);
    expect(gzipSize(random)).toBeLessThanOrEqual(4096);
    expect(gzipSize('a'.repeat(10_000))).toBeLessThan(100);
  });
});
