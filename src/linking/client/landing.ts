/**
 * Landing on a linked part: the browser scrolls to the fragment and CSS marks
 * it (:target); this moves keyboard and screen-reader focus there too, on a
 * cold load, in a new tab and on every in-page fragment change. An old
 * heading id (an alias) is swapped for the current one, so the heading itself
 * becomes the target and a copied URL is the current one.
 *
 * Late layout needs nothing from here: until the page has loaded the browser
 * scrolls to the fragment again by itself, and afterwards scroll anchoring
 * (Chromium, Firefox, Safari from 27) keeps the part in view when the window
 * is resized or a phone turned (tests/e2e/landing-in-view.test.ts).
 */
function hashId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return location.hash.slice(1); // a malformed %-escape: take it as written
  }
}

function land(event?: HashChangeEvent): void {
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
  // The page's smooth scrolling is for moves within it; opening a link lands
  // at once instead of gliding down from the top of the page.
  if (!event) target.scrollIntoView({ behavior: 'instant' });
}

land();
addEventListener('hashchange', land);

// A module, so its names stay out of the page's global scope.
export {};
