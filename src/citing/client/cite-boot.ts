/**
 * The only citing code loaded with a page: the Copy buttons' code loads when
 * a "Cite this" block is first opened, so the JavaScript before any
 * interaction stays within budget. `?worker&url`: see search/client/boot.ts.
 */
import copyUrl from './copy-reference.ts?worker&url';

function loadOnFirstOpen(event: Event): void {
  if (!(event.target instanceof HTMLDetailsElement) || !event.target.matches('.cite-this')) return;
  removeEventListener('toggle', loadOnFirstOpen, true);
  void import(/* @vite-ignore */ copyUrl);
}

// "toggle" does not bubble: caught on the way down instead.
addEventListener('toggle', loadOnFirstOpen, true);
