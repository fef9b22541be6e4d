/**
 * The scroll-spy of "On this page" (toc.ts) matters only once the reader
 * scrolls, so it loads on the first scroll (a deep link's landing scrolls
 * too) instead of with the page: /document/ then stays within the budget for
 * JavaScript before any interaction. `?worker&url`: see search/client/boot.ts.
 */
import tocUrl from './toc.ts?worker&url';

addEventListener('scroll', () => void import(/* @vite-ignore */ tocUrl), { once: true, passive: true });
