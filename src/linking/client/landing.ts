/**
 * Landing on a linked part: the browser scrolls to the fragment and CSS marks
 * it (:target); this moves keyboard and screen-reader focus there too, on a
 * cold load, in a new tab and on every in-page fragment change, except one
 * made by a link control, which keeps focus (copy-link.ts). An old
 * heading id (an alias) is swapped for the current one, so the heading itself
 * becomes the target and a copied URL is the current one.
 */
import { takeClickedControl } from './copy-controls.ts';

function hashId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return location.hash.slice(1); // a malformed %-escape: take it as written
  }
}

function land(event?: HashChangeEvent): void {
  const control = event && takeClickedControl(location.hash);
  if (control) {
    control.focus({ preventScroll: true });
    return;
  }
  const id = hashId();
  const target = id === '' ? null : document.getElementById(id);
  if (!target) return;
  const current = target.dataset['headingAlias'];
  if (current !== undefined && document.getElementById(current)) {
    location.replace(`#${encodeURIComponent(current)}`);
    return;
  }
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  // Opening a link should not animate a long smooth scroll from the top of
  // the page; only moves within the page glide.
  if (!event) {
    target.scrollIntoView({ behavior: 'instant' });
    keepInView(target);
  }
}

const READER_ACTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'];

/**
 * Until the reader does something, late layout must not carry the linked
 * part away: the page finishing its load, a tab opened in the background and
 * sized when shown, a phone turned sideways. Scroll anchoring covers a load
 * in the foreground and a turned phone (tests/e2e/landing-in-view.test.ts),
 * but not a tab opened in the background on a phone: without this it lost the
 * part in 2 of 5 runs (tests/e2e/deep-links.test.ts, "in a new tab").
 */
function keepInView(target: HTMLElement): void {
  const reland = () => target.scrollIntoView({ behavior: 'instant' });
  const stop = () => {
    removeEventListener('load', reland);
    removeEventListener('resize', reland);
    for (const type of READER_ACTS) removeEventListener(type, stop, true);
  };
  addEventListener('load', reland, { once: true });
  addEventListener('resize', reland);
  for (const type of READER_ACTS) addEventListener(type, stop, { capture: true, passive: true });
}

land();
addEventListener('hashchange', land);

// A module, so its names stay out of the page's global scope.
export {};
