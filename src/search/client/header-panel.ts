/**
 * The header's search: the five best pages open in a panel under the field
 * as the reader types, with a link to all results on the search page. Five,
 * because the panel is a first look over the page being read, and each page
 * shown costs the reader a download of its text. The panel closes when
 * the field is emptied, on Escape, or when the focus leaves the search;
 * submitting the form goes to the search page, as it does without JavaScript.
 *
 * The field is a combobox whose popup is the panel (boot.ts gives it the
 * role): aria-expanded says whether the panel is open, and the focus moves
 * into it with the arrow keys (keys.ts).
 */
import { searchPageQuery } from '../page-address.ts';
import { liveResults } from './live-results.ts';

export function headerPanel(root: HTMLElement): void {
  const panel = root.querySelector<HTMLElement>('[data-search-panel]')!;
  const field = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const hasWords = () => field.value.trim() !== '';
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    field.setAttribute('aria-expanded', String(open));
  };
  const { input, show, asTyped } = liveResults(root, {
    pages: 5,
    closePanel: () => {
      const wasOpen = !panel.hidden;
      setOpen(false);
      return wasOpen;
    },
    openPanel: () => setOpen(hasWords()),
  });
  const more = root.querySelector<HTMLElement>('[data-search-more]')!;

  async function update(): Promise<void> {
    setOpen(hasWords());
    if (!hasWords()) more.hidden = true;
    const outcome = await show();
    if (!outcome) return;
    more.hidden = outcome.total === 0;
    more.querySelector('a')!.search = searchPageQuery('', input.value, '', asTyped());
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('focus', () => setOpen(hasWords()));
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) setOpen(false);
  });
  void update();
}
