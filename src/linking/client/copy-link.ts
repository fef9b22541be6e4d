/**
 * A plain click on a link control (a heading's, a paragraph's, a timeline
 * entry's) still follows the link (the address bar then shows it, and the
 * part's citation appears) and also copies the absolute URL: the published
 * site URL from <link rel="canonical">, not whatever host serves this copy.
 * Focus stays on the control, so a screen reader hears "Link copied" instead
 * of rereading the part (landing.ts leaves it there). Modified clicks (new
 * tab, new window) are left to the browser.
 */
import { announceCopy as announce } from './announce-copy.ts';
import { COPY_CONTROLS, rememberClickedControl } from './copy-controls.ts';

function pageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return canonical ?? location.href.split('#')[0]!;
}

document.addEventListener('click', (event) => {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>(COPY_CONTROLS);
  if (!link) return;
  rememberClickedControl(link);
  // Following the link to the fragment it already shows fires no hashchange for landing.ts to
  // put focus back, so it goes back here, once the browser has moved it.
  setTimeout(() => link.focus({ preventScroll: true }));
  if (!navigator.clipboard) return;
  const url = `${pageUrl()}${link.hash}`;
  navigator.clipboard.writeText(url).then(
    () => announce('Link copied'),
    () => announce('Could not copy the link; it is in the address bar'),
  );
});

// A module, so its names stay out of the page's global scope.
export {};
