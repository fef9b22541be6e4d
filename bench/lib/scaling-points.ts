/**
 * The scaling table: the sizes measured by this run, with the other sizes'
 * points kept from earlier runs (so the opt-in 10,000 sections, measured
 * once, stays beside the default sizes), and each figure's growth per 10×
 * from the smallest size to the largest.
 */
import type { ScalingFigure, ScalingPoint, ScalingResult } from './results.ts';
import { growthPer10x } from './stats.ts';

const FIGURES: ScalingFigure[] = [
  'pages',
  'buildMs',
  'indexMs',
  'indexBytes',
  'indexFiles',
  'bundleBytes',
  'searchDataBytes',
  'largestVocabularyPartBytes',
  'firstSearchGzipBytes',
  'bytesPerQueryGzip',
  'coldMedianMs',
  'warmMedianMs',
];

export function mergeScalingPoints(
  earlier: readonly ScalingPoint[],
  measured: readonly ScalingPoint[],
): ScalingPoint[] {
  const sizes = new Set(measured.map((point) => point.sections));
  return [...earlier.filter((point) => !sizes.has(point.sections)), ...measured].sort(
    (a, b) => a.sections - b.sections,
  );
}

/**
 * Each figure's growth per 10× between the smallest and the largest size that
 * measured it (an index-only build has no build time), or over the last step
 * between the two largest such sizes.
 */
function growth(points: readonly ScalingPoint[], lastStep: boolean): Record<ScalingFigure, number> {
  const of = (figure: ScalingFigure) => {
    const measured = points.filter((point) => Number.isFinite(point[figure]));
    const from = lastStep ? measured.at(-2) : measured[0];
    const to = measured.at(-1);
    return !from || !to || from.sections >= to.sections
      ? Number.NaN
      : growthPer10x({ size: from.sections, value: from[figure] }, { size: to.sections, value: to[figure] });
  };
  return Object.fromEntries(FIGURES.map((figure) => [figure, of(figure)])) as Record<ScalingFigure, number>;
}

/**
 * The points with each figure's growth per 10× over the whole range and, with
 * three sizes or more, over the last step alone, where a figure that grows
 * faster than the corpus shows most.
 */
export function scalingResult(points: readonly ScalingPoint[], searchNote?: string): ScalingResult {
  return {
    points: [...points],
    ...(searchNote ? { searchNote } : {}),
    growthPer10x: growth(points, false),
    ...(points.length >= 3 ? { growthPer10xLastStep: growth(points, true) } : {}),
  };
}
