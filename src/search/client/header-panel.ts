/**
 * The header's search: results open in a panel under the field as the reader
 * types, with a link to all of them on the search page. The panel closes when
 * the field is emptied or the focus leaves the search; submitting the form
 * goes to the search page, as it does without JavaScript.
 */
import { liveResults } from './live-results.ts';

export function headerPanel(root: HTMLElement): void {
  const { input, show } = liveResults(root);
  const panel = root.querySelector<HTMLElement>('[data-search-panel]')!;
  const more = root.querySelector<HTMLElement>('[data-search-more]')!;
  const hasWords = () => input.value.trim() !== '';

  async function update(): Promise<void> {
    panel.hidden = !hasWords();
    if (!hasWords()) more.hidden = true;
    const outcome = await show();
    if (!outcome) return;
    more.hidden = outcome.total === 0;
    more.querySelector('a')!.search = `?q=${encodeURIComponent(outcome.typed)}`;
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('focus', () => (panel.hidden = !hasWords()));
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) panel.hidden = true;
  });
  void update();
}
