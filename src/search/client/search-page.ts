/**
 * The search page's own search: results render below the field, at once for
 * a shared /search/?q=WORDS link, and the address follows the field, the
 * section filter and the choice of words as typed (replaced, not pushed, so
 * Back still leaves in one step).
 */
import { searchPageQuery, wantsAsTyped } from '../page-address.ts';
import { liveResults } from './live-results.ts';

export function searchPage(root: HTMLElement): void {
  const { input, show, asTyped, searchAsTyped } = liveResults(root, { pages: 10 });
  const radios = [...root.querySelectorAll<HTMLInputElement>('[data-search-sections] input')];
  const opened = new URLSearchParams(location.search);
  // Words typed while the script loaded win over the address's.
  if (input.value === '') input.value = opened.get('q') ?? '';
  if (wantsAsTyped(location.search) && input.value === opened.get('q')) searchAsTyped(input.value);
  const chosen = radios.find((radio) => radio.value === (opened.get('section') ?? ''));
  if (chosen) chosen.checked = true;
  root.querySelector('[data-search-sections]')?.removeAttribute('hidden');

  function update(): void {
    const section = radios.find((radio) => radio.checked)?.value ?? '';
    const query = searchPageQuery(location.search, input.value, section, asTyped());
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
