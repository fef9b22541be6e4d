/**
 * The only search code loaded with a page (about half a kilobyte): it wires
 * the keyboard shortcuts and waits. The search UI and Pagefind load on the
 * first focus of a search field, and the highlighter only on a page opened
 * from a search result (?highlight=…). Should the UI be slow to arrive, the
 * widget says "Loading search…" meanwhile.
 *
 * `?worker&url` gives the URL of a separately bundled module. Unlike a plain
 * import('./search-ui.ts'), it does not add Vite's module-preload loader
 * (about 1 KB gzip) to this script, which every page runs.
 */
import searchUiUrl from './search-ui.ts?worker&url';
import highlightUrl from './highlight-landing.ts?worker&url';
import { LOADING_DELAY_MS, LOADING_TEXT } from './loading.ts';
import { keepSlashShortcut, slashShortcutOn } from './slash-shortcut.ts';

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
    root.querySelector('[role="combobox"]')?.setAttribute('aria-expanded', 'true');
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
  input.setAttribute('aria-describedby', root.querySelector('[data-search-hint]')!.id);
  if (root.dataset['search'] === 'header') {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-expanded', 'false');
  }
}

const shortcutHint = primary.closest('[data-search]')!.querySelector<HTMLElement>('[data-search-shortcut]')!;
/** Shows and names the shortcuts there are: "/" only while the reader keeps it on. */
function offerShortcuts(): void {
  const slash = slashShortcutOn();
  primary.setAttribute('aria-keyshortcuts', `${slash ? '/ ' : ''}Control+K Meta+K`);
  shortcutHint.querySelector<HTMLElement>('[data-search-slash]')!.hidden = !slash;
}
shortcutHint.hidden = false;
offerShortcuts();
const slashSetting = document.querySelector<HTMLInputElement>('[data-search-slash-setting]');
if (slashSetting) {
  slashSetting.checked = slashShortcutOn();
  slashSetting.addEventListener('change', () => {
    keepSlashShortcut(slashSetting.checked);
    offerShortcuts();
  });
  slashSetting.closest<HTMLElement>('[hidden]')!.hidden = false;
}

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

const within = (target: EventTarget | null, selector: string) =>
  target instanceof Element && target.closest(selector) !== null;
/** Where a single key belongs to what has the focus: a link, a button, a field. */
const CONTROL = 'a[href], button, input, select, textarea, summary, [contenteditable], [tabindex]:not([tabindex="-1"])';
const FIELD = 'input, select, textarea, [contenteditable]';

// "/" only from the text itself, never from a control (WCAG 2.1.4), and only
// while the reader keeps it on (docs/decisions/0016-search-shortcut.md).
document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.altKey) return;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (slash ? within(event.target, CONTROL) || !slashShortcutOn() : !commandK || within(event.target, FIELD)) return;
  event.preventDefault();
  // On a narrow screen the header's field is folded behind its Search button.
  primary.closest('details')?.setAttribute('open', '');
  primary.focus();
  primary.select();
});

if (address.has('highlight')) void import(/* @vite-ignore */ highlightUrl);
