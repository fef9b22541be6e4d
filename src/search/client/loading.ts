/**
 * Shown in the status line when results take a moment, typically while the
 * index loads on a slow network: said once, and only when the wait is long
 * enough to notice, so a fast search never flashes it.
 */
export const LOADING_TEXT = 'Loading search…';
export const LOADING_DELAY_MS = 200;
