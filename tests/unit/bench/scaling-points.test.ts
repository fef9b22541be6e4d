import { describe, expect, it } from 'vitest';
import type { ScalingPoint } from '../../../bench/lib/results.ts';
import { mergeScalingPoints, scalingResult } from '../../../bench/lib/scaling-points.ts';

const point = (sections: number, buildMs: number, run = 'new'): ScalingPoint => ({
  sections,
  run,
  pages: sections,
  buildMs,
  indexMs: sections / 10,
  indexBytes: sections,
  indexFiles: sections,
  bundleBytes: sections,
  searchDataBytes: 5000,
  largestVocabularyPartBytes: 500,
  firstSearchGzipBytes: 100,
  bytesPerQueryGzip: sections,
  coldMedianMs: 100,
  warmMedianMs: 10,
});

describe('mergeScalingPoints', () => {
  it('keeps the sizes this run did not measure and replaces those it did, smallest first', () => {
    const earlier = [point(10, 1, 'old'), point(1000, 3, 'old'), point(10000, 9, 'old')];
    const merged = mergeScalingPoints(earlier, [point(1000, 4), point(10, 2)]);
    expect(merged.map((p) => [p.sections, p.run])).toEqual([
      [10, 'new'],
      [1000, 'new'],
      [10000, 'old'],
    ]);
  });
});

describe('scalingResult', () => {
  it('gives the growth per 10× over the whole range and over the last step', () => {
    const result = scalingResult([point(10, 100), point(100, 200), point(1000, 400), point(10000, 8000)]);
    expect(result.growthPer10x.pages).toBeCloseTo(10);
    expect(result.growthPer10x.searchDataBytes).toBeCloseTo(1);
    expect(result.growthPer10x.buildMs).toBeCloseTo(80 ** (1 / 3));
    expect(result.growthPer10xLastStep?.buildMs).toBeCloseTo(20);
  });
  it('gives a figure not measured at the largest size its growth up to the largest size that measured it', () => {
    const indexOnly = { ...point(10000, Number.NaN), build: 'index only' as const };
    const result = scalingResult([point(10, 100), point(100, 200), point(1000, 400), indexOnly]);
    expect(result.growthPer10x.buildMs).toBeCloseTo(2);
    expect(result.growthPer10xLastStep?.buildMs).toBeCloseTo(2);
    expect(result.growthPer10xLastStep?.indexMs).toBeCloseTo(10);
  });
  it('has no last step below three sizes', () => {
    expect(scalingResult([point(10, 1), point(100, 2)]).growthPer10xLastStep).toBeUndefined();
  });
});
