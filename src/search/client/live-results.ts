/**
 * What both search widgets share: the field's words run through the one
 * search path and render into the list, with the status line and the help
 * shown when nothing matches. Only the latest query renders; an earlier one
 * that resolves later is dropped.
 */
import type { SearchOutcome } from '../run.ts';
import { statusText } from '../status.ts';
import { loadPagefind, searchFor, unavailable } from './engine.ts';
import { handleSearchKeys } from './keys.ts';
import { renderResults } from './render.ts';

export interface LiveResults {
  input: HTMLInputElement;
  /**
   * Shows the results for the field's words in `section` ('' for all), or
   * clears them when the field is empty. Resolves with what it rendered, or
   * undefined when it rendered no results.
   */
  show(section?: string): Promise<SearchOutcome | undefined>;
}

export function liveResults(root: HTMLElement): LiveResults {
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-search-${name}]`)!;
  const input = part<HTMLInputElement>('input');
  const [status, list, empty] = [part('status'), part('results'), part('empty')];
  handleSearchKeys(root, input, part('panel'));
  let latest = 0;

  function clear(): void {
    list.replaceChildren();
    list.removeAttribute('data-search-query');
    list.removeAttribute('aria-busy');
    status.textContent = '';
    empty.hidden = true;
    // Warm for the first words, and says early when search cannot work.
    void loadPagefind().catch(() => (status.textContent = unavailable));
  }

  async function show(section = ''): Promise<SearchOutcome | undefined> {
    const run = ++latest;
    const typed = input.value;
    if (typed.trim() === '') {
      clear();
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const outcome = await searchFor(typed, section);
      if (run !== latest) return;
      renderResults(list, outcome);
      status.textContent = statusText(outcome, section || undefined);
      empty.hidden = outcome.total > 0;
      list.dataset['searchQuery'] = typed;
      return outcome;
    } catch (error) {
      if (run === latest) {
        console.error(error);
        list.replaceChildren();
        status.textContent = unavailable;
      }
      return;
    } finally {
      if (run === latest) list.removeAttribute('aria-busy');
    }
  }

  return { input, show };
}
