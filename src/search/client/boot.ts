/**
 * The only search code loaded with a page (under a kilobyte): it wires the
 * keyboard shortcut and waits. The search UI and Pagefind load on the first
 * focus of a search field, and the highlighter only on a page opened from a
 * search result (?highlight=…). Should the UI be slow to arrive, the widget
 * says "Loading search…" meanwhile.
 *
 * `?worker&url` gives the URL of a separately bundled module. Unlike a plain
 * import('./search-ui.ts'), it does not add Vite's module-preload loader
 * (about 1 KB gzip) to this script, which every page runs.
 */
import searchUiUrl from './search-ui.ts?worker&url';
import highlightUrl from './highlight-landing.ts?worker&url';
import { LOADING_DELAY_MS, LOADING_TEXT } from './loading.ts';

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

/**
 * Until the UI answers the widget (live-results.ts marks it), says that
 * search is on its way; once, as a live region repeats any text set again.
 */
function sayLoadingSoon(root: HTMLElement, waiting: () => boolean): void {
  setTimeout(() => {
    const status = root.querySelector('[data-search-status]')!;
    if ('searchLive' in root.dataset || !waiting() || status.textContent === LOADING_TEXT) return;
    root.querySelector('[data-search-panel]')!.removeAttribute('hidden');
    status.textContent = LOADING_TEXT;
  }, LOADING_DELAY_MS);
}

const inputs = document.querySelectorAll<HTMLInputElement>('[data-search-input]');
const pageInput = document.querySelector<HTMLInputElement>('[data-search="page"] [data-search-input]');
// On the search page its own field gets the shortcuts; elsewhere the header's.
// This script ships with the search form, so a field is always there.
const primary = pageInput ?? inputs[0]!;

for (const input of inputs) {
  input.addEventListener('focus', start, { once: true });
  const root = input.closest<HTMLElement>('[data-search]')!;
  input.addEventListener('input', () => sayLoadingSoon(root, () => input.value.trim() !== ''), { once: true });
  // Live search only: the arrow keys move into results, and the header's
  // results open in a popup under its field (header-panel.ts).
  input.setAttribute('aria-describedby', `${input.id}-panel-hint`);
  if (root.dataset['search'] === 'header') {
    input.setAttribute('role', 'combobox');
    // Its popup is a panel of links that take the focus, not a listbox.
    input.setAttribute('aria-haspopup', 'dialog');
    input.setAttribute('aria-expanded', 'false');
  }
}

primary.setAttribute('aria-keyshortcuts', 'Control+K Meta+K');
primary.closest('[data-search]')!.querySelector('[data-search-shortcut]')!.removeAttribute('hidden');

// A shared /search/?q=… link shows its results without anyone typing; an
// empty search page loads nothing until its field is used, like any page.
const address = new URLSearchParams(location.search);
const shared = address.get('q');
if (pageInput && shared?.trim()) {
  // The shared words show at once, and stay the reader's to edit while search loads.
  pageInput.value ||= shared;
  start();
  sayLoadingSoon(pageInput.closest<HTMLElement>('[data-search]')!, () => true);
}

function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

// Ctrl/⌘+K only: no single-key shortcut, which could fire by accident from a
// link or from speech input (WCAG 2.1.4; docs/decisions/0016-search-shortcut.md).
// Not in a field, where Ctrl+K is the field's own (on a Mac it deletes to the end of the line).
document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.altKey || event.key.toLowerCase() !== 'k') return;
  if (!(event.ctrlKey || event.metaKey) || typingInField(event.target)) return;
  event.preventDefault();
  // On a narrow screen the header's field is folded behind its Search button.
  primary.closest('details')?.setAttribute('open', '');
  primary.focus();
  primary.select();
});

if (address.has('highlight')) void import(/* @vite-ignore */ highlightUrl);
