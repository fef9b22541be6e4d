/**
 * The scroll-spy of "On this page" (toc.ts) matters only once the reader
 * scrolls, so it loads on the first scroll (a deep link's landing scrolls
 * too) instead of with the page: /document/ then stays within the budget for
 * JavaScript before any interaction. `?worker&url`: see search/client/boot.ts.
 */
import tocUrl from './toc.ts?worker&url';

// Every page loads this (src/site/client/page-scripts.ts); only a page with "On this page" needs the spy.
if (document.querySelector('page-toc')) {
  addEventListener('scroll', () => void import(/* @vite-ignore */ tocUrl), { once: true, passive: true });
}
