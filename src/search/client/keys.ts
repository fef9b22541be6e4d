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

export interface SearchKeyOptions {
  /**
   * For results in a popup under the field: closes it if it is open and
   * returns whether it was. Down arrow in the field opens it again.
   */
  closePanel?: () => boolean;
  /** Opens the popup again, when it has words to show. */
  openPanel?: () => void;
}

/**
 * The keys of a search widget: arrows as above. Escape first closes a popup
 * of results, with the focus back in the field; otherwise it brings the focus
 * back to the field, and in the field clears it as if the reader had deleted
 * the words, so each widget reacts as it does to any input.
 */
export function handleSearchKeys(
  root: HTMLElement,
  input: HTMLInputElement,
  panel: HTMLElement,
  { closePanel, openPanel }: SearchKeyOptions = {},
): void {
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      // The focus first: the field reopens its popup when it takes the focus.
      if (event.target !== input) {
        input.focus();
        closePanel?.();
      } else if (!(closePanel?.() ?? false) && input.value !== '') {
        input.value = '';
        input.dispatchEvent(new Event('input'));
      }
      return;
    }
    if (event.key === 'ArrowDown' && event.target === input && panel.hidden) openPanel?.();
    if (moveThroughResults(event, input, panel)) event.preventDefault();
  });
}
