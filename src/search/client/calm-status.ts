/**
 * The status line of a search widget is a live region: each change of its
 * text is spoken. Results follow every keystroke, but the status waits until
 * the reader has paused typing, so typing a word is answered by one
 * announcement about the whole word, not one per letter. Text that was
 * already said is not set again, since a live region may repeat it.
 */
export const TYPING_PAUSE_MS = 1000;

export interface CalmStatus {
  /** The reader typed: any announcement still waiting restarts its wait. */
  typed(): void;
  /** Says `text` once typing has paused, unless something newer replaces it first. */
  say(text: string, query: string): void;
  /** Says `text` at once (loading, failure), or clears the line with ''. */
  sayNow(text: string): void;
}

export function calmStatus(status: HTMLElement): CalmStatus {
  let lastTyped = 0;
  let waiting: ReturnType<typeof setTimeout> | undefined;
  let pending: (() => void) | undefined;

  const set = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };
  const schedule = () => {
    clearTimeout(waiting);
    if (!pending) return;
    const run = pending;
    waiting = setTimeout(
      () => {
        pending = undefined;
        run();
      },
      Math.max(0, lastTyped + TYPING_PAUSE_MS - performance.now()),
    );
  };

  return {
    typed() {
      lastTyped = performance.now();
      delete status.dataset['searchQuery'];
      schedule();
    },
    say(text, query) {
      delete status.dataset['searchQuery'];
      pending = () => {
        set(text);
        // Which words the announcement is about, once it is made: the tests' hook.
        status.dataset['searchQuery'] = query;
      };
      schedule();
    },
    sayNow(text) {
      clearTimeout(waiting);
      pending = undefined;
      set(text);
      delete status.dataset['searchQuery'];
    },
  };
}
