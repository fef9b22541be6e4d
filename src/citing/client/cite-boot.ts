/**
 * The only citing code loaded with a page: the Copy buttons' code loads when
 * a "Cite this" block is first opened, so the JavaScript before any
 * interaction stays within budget. A second import() of the same module is
 * free, so the listener need not remove itself. `?worker&url`: see
 * search/client/boot.ts.
 */
import copyUrl from './copy-reference.ts?worker&url';

// "toggle" does not bubble: caught on the way down instead.
addEventListener(
  'toggle',
  (event) => {
    if ((event.target as Element).matches('.cite-this')) void import(/* @vite-ignore */ copyUrl);
  },
  true,
);
