/**
 * The only search code loaded with a page (about half a kilobyte): it wires
 * the keyboard shortcuts and waits. The search UI and Pagefind load on the
 * first focus of a search field, and the highlighter only on a page opened
 * from a search result (?highlight=…).
 *
 * `?worker&url` gives the URL of a separately bundled module. Unlike a plain
 * import('./search-ui.ts'), it does not add Vite's module-preload loader
 * (about 1 KB gzip) to this script, which every page runs.
 */
import searchUiUrl from './search-ui.ts?worker&url';
import highlightUrl from './highlight-landing.ts?worker&url';

let started = false;

/** The UI makes every search field of the page live once it has loaded. */
function start(): void {
  if (started) return;
  started = true;
  void import(/* @vite-ignore */ searchUiUrl);
  // Fetched alongside the UI rather than after it, so the first search waits
  // less; the UI's own import() then reuses it. A <link>, because a second
  // import() here would pull Vite's 1 KB preload helper into this script.
  const preload = document.createElement('link');
  preload.rel = 'modulepreload';
  preload.href = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
  document.head.append(preload);
}

const inputs = document.querySelectorAll<HTMLInputElement>('[data-search-input]');
const pageInput = document.querySelector<HTMLInputElement>('[data-search="page"] [data-search-input]');
// On the search page its own field gets the shortcuts; elsewhere the header's.
// This script ships with the search form, so a field is always there.
const primary = pageInput ?? inputs[0]!;

for (const input of inputs) input.addEventListener('focus', start, { once: true });

primary.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
primary.closest('[data-search]')!.querySelector('[data-search-shortcut]')!.removeAttribute('hidden');
// A shared /search/?q=… link shows its results without anyone typing; an
// empty search page loads nothing until its field is used, like any page.
if (pageInput && new URLSearchParams(location.search).get('q')?.trim()) start();

function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.altKey) return;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (!(slash || commandK) || typingInField(event.target)) return;
  event.preventDefault();
  // On a narrow screen the header's field is folded behind its Search button.
  primary.closest('details')?.setAttribute('open', '');
  primary.focus();
  primary.select();
});

if (new URLSearchParams(location.search).has('highlight')) void import(/* @vite-ignore */ highlightUrl);
