/**
 * The header's search: the five best pages open in a panel under the field
 * as the reader types, with a link to all results on the search page. Five,
 * because the panel is a first look over the page being read, and each page
 * shown costs the reader a download of its text. The panel closes when
 * the field is emptied or the focus leaves the search; submitting the form
 * goes to the search page, as it does without JavaScript.
 */
import { searchPageQuery } from '../page-address.ts';
import { liveResults } from './live-results.ts';

export function headerPanel(root: HTMLElement): void {
  const { input, show, asTyped } = liveResults(root, { pages: 5 });
  const panel = root.querySelector<HTMLElement>('[data-search-panel]')!;
  const more = root.querySelector<HTMLElement>('[data-search-more]')!;
  const hasWords = () => input.value.trim() !== '';

  async function update(): Promise<void> {
    panel.hidden = !hasWords();
    if (!hasWords()) more.hidden = true;
    const outcome = await show();
    if (!outcome) return;
    more.hidden = outcome.total === 0;
    more.querySelector('a')!.search = searchPageQuery('', input.value, '', asTyped());
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('focus', () => (panel.hidden = !hasWords()));
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) panel.hidden = true;
  });
  void update();
}
