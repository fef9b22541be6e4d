/**
 * Landing on a linked part: the browser scrolls to the fragment and CSS marks
 * it (:target); this moves keyboard and screen-reader focus there too, on a
 * cold load, in a new tab and on every in-page fragment change. An old
 * heading id (an alias) is swapped for the current one, so the heading itself
 * becomes the target and a copied URL is the current one.
 */
function land(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id === '' ? null : document.getElementById(id);
  if (!target) return;
  const current = target.dataset['headingAlias'];
  if (current !== undefined && document.getElementById(current)) {
    location.replace(`#${encodeURIComponent(current)}`);
    return;
  }
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

land();
addEventListener('hashchange', land);

// A module, so its names stay out of the page's global scope.
export {};
