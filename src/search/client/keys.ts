/**
 * Arrow keys move between the search field and every link of the results
 * (page results and their parts, in reading order); Enter then opens the
 * focused link as any link does. Returns whether the key was used.
 */
function moveThroughResults(event: KeyboardEvent, input: HTMLInputElement, panel: HTMLElement): boolean {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const links = [...panel.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((link) => !link.closest('[hidden]'));
  if (links.length === 0) return false;
  const stops: HTMLElement[] = [input, ...links];
  const at = stops.indexOf(document.activeElement as HTMLElement);
  if (at === -1) return false;
  const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
  stops[next]!.focus();
  return true;
}

/**
 * The keys of a search widget: arrows as above; Escape brings the focus back
 * to the field, and in the field clears it as if the reader had deleted the
 * words, so each widget reacts as it does to any input.
 */
export function handleSearchKeys(root: HTMLElement, input: HTMLInputElement, panel: HTMLElement): void {
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (event.target !== input) input.focus();
      else if (input.value !== '') {
        input.value = '';
        input.dispatchEvent(new Event('input'));
      }
    } else if (moveThroughResults(event, input, panel)) event.preventDefault();
  });
}
