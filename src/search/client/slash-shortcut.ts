/**
 * The reader's choice to keep or turn off the "/" shortcut to the search
 * field, remembered in this browser. On unless turned off. Storage can be
 * refused (private modes, blocked cookies): the shortcut then stays on for
 * the page, and the choice is not kept.
 */
const KEY = 'search-slash-shortcut';

export function slashShortcutOn(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

export function keepSlashShortcut(on: boolean): void {
  try {
    if (on) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, 'off');
  } catch {
    // Not kept: nothing else to do.
  }
}
