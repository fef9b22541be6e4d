/**
 * The search page's own search: results render below the field, at once for
 * a shared /search/?q=WORDS link, and the address follows the field and the
 * section filter (replaced, not pushed, so Back still leaves in one step).
 */
import { searchPageQuery } from '../page-address.ts';
import { liveResults } from './live-results.ts';

export function searchPage(root: HTMLElement): void {
  const { input, show } = liveResults(root);
  const radios = [...root.querySelectorAll<HTMLInputElement>('[data-search-sections] input')];
  const opened = new URLSearchParams(location.search);
  input.value = opened.get('q') ?? input.value;
  const chosen = radios.find((radio) => radio.value === (opened.get('section') ?? ''));
  if (chosen) chosen.checked = true;
  root.querySelector('[data-search-sections]')?.removeAttribute('hidden');

  function update(): void {
    const section = radios.find((radio) => radio.checked)?.value ?? '';
    const query = searchPageQuery(location.search, input.value, section);
    if (query !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    void show(section);
  }

  input.addEventListener('input', update);
  for (const radio of radios) radio.addEventListener('change', update);
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  update();
}
