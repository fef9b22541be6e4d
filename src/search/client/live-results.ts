/**
 * What both search widgets share: the field's words run through the one
 * search path and render into the list, with the help around the results and
 * the status line, which speaks once typing pauses (calm-status.ts). Only the
 * latest query renders; an earlier one that resolves later is dropped. A wait
 * long enough to notice (the index loading on a slow network) shows
 * "Loading search…" once, and the words typed meanwhile are searched when it
 * ends.
 */
import type { SearchOutcome } from '../run.ts';
import { statusText } from '../status.ts';
import { loadSearch, searchFor, unavailable } from './engine.ts';
import { clearHelp, renderHelp, type HelpParts } from './help.ts';
import { calmStatus } from './calm-status.ts';
import { handleSearchKeys, type SearchKeyOptions } from './keys.ts';
import { LOADING_DELAY_MS, LOADING_TEXT } from './loading.ts';
import { renderResults } from './render.ts';

export interface LiveResults {
  input: HTMLInputElement;
  /**
   * Shows the results for the field's words in `section` ('' for all), or
   * clears them when the field is empty. Resolves with what it rendered, or
   * undefined when it rendered no results.
   */
  show(section?: string): Promise<SearchOutcome | undefined>;
  /** Whether the field's words are searched as typed, without close spellings. */
  asTyped(): boolean;
  /** Searches these words as typed (from the address, or the reader's choice) until the field changes. */
  searchAsTyped(words: string): void;
}

/** A click that would open the link in this tab, which the widget may answer in place. */
const plainClick = (event: MouseEvent) =>
  event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;

export interface LiveResultsOptions extends SearchKeyOptions {
  /** The most pages the widget shows. */
  pages: number;
}

export function liveResults(root: HTMLElement, { pages, ...keys }: LiveResultsOptions): LiveResults {
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-search-${name}]`)!;
  const input = part<HTMLInputElement>('input');
  const [status, list, hint] = [part('status'), part('results'), part('hint')];
  const help: HelpParts = {
    correction: part('correction'),
    asTyped: part<HTMLAnchorElement>('as-typed'),
    empty: part('empty'),
    nearest: part('nearest'),
    nearestWords: part('nearest-words'),
  };
  handleSearchKeys(root, input, part('panel'), keys);
  const announcer = calmStatus(status);
  input.addEventListener('input', () => announcer.typed());
  let latest = 0;
  // The search under way, if any: one runs at a time, so fast typing never
  // piles up searches that compete with the last one for the main thread.
  let underWay: Promise<unknown> = Promise.resolve();
  let asTypedWords: string | undefined;
  const asTyped = () => asTypedWords !== undefined && asTypedWords === input.value;
  // Help links answered in place: the field takes the words, as if typed.
  const searchWords = (words: string) => {
    input.value = words;
    input.dispatchEvent(new Event('input'));
    input.focus();
  };
  const searchAsTyped = (words: string) => (asTypedWords = words);

  function clear(): void {
    list.replaceChildren();
    list.removeAttribute('data-search-query');
    list.removeAttribute('aria-busy');
    hint.hidden = true;
    announcer.sayNow('');
    clearHelp(help);
    // Warm for the first words, and says early when search cannot work.
    void loadSearch().catch(() => announcer.sayNow(unavailable));
  }

  async function show(section = ''): Promise<SearchOutcome | undefined> {
    const run = ++latest;
    const typed = input.value;
    if (typed.trim() === '') {
      clear();
      return;
    }
    list.setAttribute('aria-busy', 'true');
    // Set once: a live region repeats only what changes.
    const loading = setTimeout(() => {
      if (run === latest) announcer.sayNow(LOADING_TEXT);
    }, LOADING_DELAY_MS);
    const stale = () => run !== latest;
    try {
      await underWay;
      // Superseded while it waited: the newer words are searched instead.
      if (stale()) return;
      const searching = searchFor(typed, { section, limit: pages, asTyped: asTyped(), stale });
      underWay = searching.catch(() => undefined);
      const outcome = await searching;
      if (stale()) return;
      renderResults(list, outcome);
      hint.hidden = outcome.pages.length === 0;
      announcer.say(statusText(outcome, section || undefined), typed);
      renderHelp(help, outcome, section);
      list.dataset['searchQuery'] = typed;
      return outcome;
    } catch (error) {
      if (run === latest) {
        console.error(error);
        list.replaceChildren();
        hint.hidden = true;
        clearHelp(help);
        announcer.sayNow(unavailable);
      }
      return;
    } finally {
      clearTimeout(loading);
      if (run === latest) list.removeAttribute('aria-busy');
    }
  }

  help.asTyped.addEventListener('click', (event) => {
    if (!plainClick(event)) return;
    event.preventDefault();
    searchAsTyped(input.value);
    searchWords(input.value);
  });
  help.nearestWords.addEventListener('click', (event) => {
    const word = (event.target as HTMLElement).closest<HTMLElement>('[data-search-word]')?.dataset['searchWord'];
    if (!word || !plainClick(event)) return;
    event.preventDefault();
    searchWords(word);
  });
  // From now on this widget answers the field; boot.ts stops standing in for it.
  root.dataset['searchLive'] = '';

  return { input, show, asTyped, searchAsTyped };
}
