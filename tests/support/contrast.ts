import Color, { type ColorInstance } from 'color';

/**
 * The colour a reader sees behind an element: its own background and its
 * ancestors' (innermost first, as getComputedStyle gives them), laid over one
 * another down to the first opaque one, over white if none is.
 */
export function effectiveBackground(backgrounds: readonly string[]): ColorInstance {
  const layers: ColorInstance[] = [];
  for (const background of backgrounds) {
    const layer = Color(background);
    layers.push(layer);
    if (layer.alpha() === 1) break;
  }
  return layers.reverse().reduce((below, layer) => below.mix(layer.alpha(1), layer.alpha()), Color('white'));
}

/** The WCAG 2 contrast ratio of text in `color` over `backgrounds`, to two decimals. */
export function contrastOver(color: string, backgrounds: readonly string[]): number {
  const ratio = Color(color).contrast(effectiveBackground(backgrounds));
  return Math.round(ratio * 100) / 100;
}
