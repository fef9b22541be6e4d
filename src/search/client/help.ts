/**
 * The help around the results: the link to search the words as typed when
 * close spellings were searched instead, and, when nothing matches, the words
 * of the text closest to the reader's. Both are real links to the search
 * page, so they work when opened in a new tab; live-results.ts also answers
 * a plain click on them in place.
 */
import { searchPageQuery } from '../page-address.ts';
import { quotedStart } from '../query-bounds.ts';
import type { SearchOutcome } from '../run.ts';

export interface HelpParts {
  correction: HTMLElement;
  asTyped: HTMLAnchorElement;
  empty: HTMLElement;
  nearest: HTMLElement;
  nearestWords: HTMLElement;
}

/** The search page's address (from the as-typed link's markup) with these words. */
function searchPageFor(parts: HelpParts, typed: string, section: string, asTyped = false): string {
  return `${parts.asTyped.pathname}${searchPageQuery('', typed, section, asTyped)}`;
}

export function renderHelp(parts: HelpParts, outcome: SearchOutcome, section: string): void {
  parts.correction.hidden = outcome.corrections.length === 0;
  parts.asTyped.textContent = `Search for “${quotedStart(outcome.typed)}” instead`;
  parts.asTyped.href = searchPageFor(parts, outcome.typed, section, true);

  parts.empty.hidden = outcome.total > 0;
  parts.nearest.hidden = outcome.total > 0 || outcome.nearestWords.length === 0;
  const links = outcome.nearestWords.map((word) => {
    const link = document.createElement('a');
    link.href = searchPageFor(parts, word, section);
    link.textContent = word;
    link.dataset['searchWord'] = word;
    return link;
  });
  parts.nearestWords.replaceChildren(...links.flatMap((link, i) => (i === 0 ? [link] : [', ', link])));
}

export function clearHelp(parts: HelpParts): void {
  parts.correction.hidden = true;
  parts.empty.hidden = true;
}
