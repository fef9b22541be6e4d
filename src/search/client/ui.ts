/**
 * Live search for every search field of the site (header and /search/),
 * loaded on first use (see search-boot.ts). Pagefind itself is fetched from
 * the build's index as soon as this runs, then reused.
 */
import aliasData from '../../../content/search-aliases.json';
import type { SearchAlias } from '../aliases.ts';
import { searchDocument, type PagefindApi } from '../run.ts';
import { statusText } from '../status.ts';
import { renderResults } from './render.ts';
import { moveThroughResults } from './keys.ts';

interface Pagefind extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<unknown>;
}

const aliases: readonly SearchAlias[] = aliasData.aliases;
const base = import.meta.env.BASE_URL;
let engine: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  engine ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // noWorker: an index this small searches in a few milliseconds on the main
    // thread, and the first search then skips the 12 KB worker script.
    await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    // Loads the section counts that results report per filter value.
    await pagefind.filters();
    return pagefind;
  })();
  return engine;
}

const unavailable = import.meta.env.DEV
  ? 'Search has no index in development: run `npm run build` once, then reload.'
  : 'Search could not be loaded. Read the whole document and use your browser’s Find instead.';

class SearchBox {
  readonly #root: HTMLElement;
  readonly #input: HTMLInputElement;
  readonly #panel: HTMLElement;
  readonly #status: HTMLElement;
  readonly #list: HTMLElement;
  readonly #page: boolean;
  #run = 0;

  constructor(root: HTMLElement, input: HTMLInputElement) {
    const part = (name: string) => root.querySelector<HTMLElement>(`[data-search-${name}]`)!;
    this.#root = root;
    this.#input = input;
    this.#panel = part('panel');
    this.#status = part('status');
    this.#list = part('results');
    this.#page = root.dataset['search'] === 'page';
    input.addEventListener('input', () => void this.search());
    root.addEventListener('keydown', (event) => this.#keydown(event));
    root.querySelector('form')?.addEventListener('submit', (event) => this.#submit(event));
    for (const radio of root.querySelectorAll<HTMLInputElement>('[data-search-sections] input')) {
      radio.addEventListener('change', () => void this.search());
    }
    if (this.#page) {
      const params = new URLSearchParams(location.search);
      input.value = params.get('q') ?? input.value;
      this.#selectSection(params.get('section') ?? '');
      part('sections')?.removeAttribute('hidden');
    } else {
      root.addEventListener('focusout', (event) => {
        if (!root.contains(event.relatedTarget as Node | null)) this.#panel.hidden = true;
      });
      input.addEventListener('focus', () => (this.#panel.hidden = input.value.trim() === ''));
    }
    void this.search();
  }

  get #section(): string {
    return this.#root.querySelector<HTMLInputElement>('[data-search-sections] input:checked')?.value ?? '';
  }

  #selectSection(value: string): void {
    const radio = this.#root.querySelector<HTMLInputElement>(
      `[data-search-sections] input[value="${CSS.escape(value)}"]`,
    );
    if (radio) radio.checked = true;
  }

  async search(): Promise<void> {
    const run = ++this.#run;
    const typed = this.#input.value;
    const section = this.#section;
    if (this.#page) this.#rememberInAddress(typed, section);
    if (typed.trim() === '') return this.#showEmpty();
    if (!this.#page) this.#panel.hidden = false;
    this.#list.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await loadPagefind();
      const outcome = await searchDocument(pagefind, typed, aliases, { section: section || undefined });
      if (run !== this.#run) return;
      renderResults(this.#list, outcome);
      this.#status.textContent = statusText(outcome, section || undefined);
      this.#toggle('empty', outcome.total === 0);
      this.#toggle('more', outcome.total > 0, typed);
      this.#list.dataset['searchQuery'] = typed;
    } catch (error) {
      if (run !== this.#run) return;
      console.error(error);
      this.#list.replaceChildren();
      this.#status.textContent = unavailable;
      this.#list.dataset['searchError'] = '';
    } finally {
      if (run === this.#run) this.#list.removeAttribute('aria-busy');
    }
  }

  #showEmpty(): void {
    this.#list.replaceChildren();
    this.#list.removeAttribute('data-search-query');
    this.#status.textContent = '';
    this.#toggle('empty', false);
    this.#toggle('more', false);
    if (!this.#page) this.#panel.hidden = true;
    else void loadPagefind().catch(() => (this.#status.textContent = unavailable));
  }

  /** Shows or hides an optional part; the "all results" link follows the query. */
  #toggle(name: string, show: boolean, query?: string): void {
    const node = this.#root.querySelector<HTMLElement>(`[data-search-${name}]`);
    if (!node) return;
    node.hidden = !show;
    const link = node.querySelector('a');
    if (link && query !== undefined && name === 'more') link.search = `?q=${encodeURIComponent(query)}`;
  }

  #rememberInAddress(typed: string, section: string): void {
    const params = new URLSearchParams(location.search);
    params.delete('q');
    params.delete('section');
    if (typed !== '') params.set('q', typed);
    if (section !== '') params.set('section', section);
    const search = params.size > 0 ? `?${params}` : '';
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  #submit(event: SubmitEvent): void {
    // The search page already shows the results; the header's form goes there.
    if (!this.#page) return;
    event.preventDefault();
    void this.search();
  }

  #keydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      if (event.target !== this.#input) {
        this.#input.focus();
      } else if (this.#input.value !== '') {
        this.#input.value = '';
        void this.search();
      } else if (!this.#page) {
        this.#panel.hidden = true;
      }
      event.preventDefault();
      return;
    }
    if (moveThroughResults(event, this.#input, this.#panel)) event.preventDefault();
  }
}

/**
 * Loaded on the first focus of a search field (or at once on /search/): every
 * search field of the page becomes live. This module runs for its effect; it
 * is bundled on its own and has no exports.
 */
for (const input of document.querySelectorAll<HTMLInputElement>('[data-search-input]')) {
  const root = input.closest<HTMLElement>('[data-search]');
  if (root) new SearchBox(root, input);
}
void loadPagefind().catch(() => undefined);
