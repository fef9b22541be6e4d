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

function growthBetween(from: ScalingPoint | undefined, to: ScalingPoint | undefined): Record<ScalingFigure, number> {
  const growth = (figure: ScalingFigure) =>
    !from || !to || from.sections >= to.sections
      ? Number.NaN
      : growthPer10x({ size: from.sections, value: from[figure] }, { size: to.sections, value: to[figure] });
  return Object.fromEntries(FIGURES.map((figure) => [figure, growth(figure)])) as Record<ScalingFigure, number>;
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
    growthPer10x: growthBetween(points[0], points.at(-1)),
    ...(points.length >= 3 ? { growthPer10xLastStep: growthBetween(points.at(-2), points.at(-1)) } : {}),
  };
}
