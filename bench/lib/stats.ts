/**
 * Small statistics for benchmark samples. Times on a shared machine are
 * noisy, so the bench reports medians and a high percentile, never a mean.
 */

/** The value below which `p` percent of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  if (p < 0 || p > 100) throw new Error(`percentile must be within 0–100, got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The middle sample; the mean of the two middle ones for an even count. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Summary {
  median: number;
  p95: number;
  min: number;
  max: number;
  samples: number[];
}

export function summarize(samples: readonly number[]): Summary {
  return {
    median: median(samples),
    p95: percentile(samples, 95),
    min: Math.min(...samples),
    max: Math.max(...samples),
    samples: [...samples],
  };
}

/**
 * How much a figure grows each time the input grows tenfold, from measurements
 * at two sizes: 1 means flat, 10 means linear. Geometric, so 10 → 1,000
 * sections gives one factor however many sizes lie between.
 */
export function growthPer10x(small: { size: number; value: number }, large: { size: number; value: number }): number {
  if (small.size <= 0 || large.size <= small.size) throw new Error('growth needs two increasing positive sizes');
  if (small.value <= 0) return Number.NaN;
  const decades = Math.log10(large.size / small.size);
  return (large.value / small.value) ** (1 / decades);
}
