import type { Page } from 'playwright-core';

/** A run of text inside a focused element: its colour and the backgrounds from it up to the root. */
export interface FocusedText {
  element: string;
  color: string;
  /** Background colours of the element and each ancestor, innermost first, as computed. */
  backgrounds: string[];
}

/** What a sighted keyboard user sees of one Tab stop. */
export interface FocusStop {
  element: string;
  outlineStyle: string;
  /** In CSS px. */
  outlineWidth: number;
  outlineColor: string;
  /** Every element of the stop that holds text of its own and is drawn (none for a radio button or checkbox). */
  texts: FocusedText[];
}

/** What the focused element looks like now; null when nothing (or the page itself) has focus. */
function readFocusStop(page: Page): Promise<(FocusStop & { index: number }) | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body) return null;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')}`;
    const backgrounds = (element: Element) => {
      const found: string[] = [];
      for (let e: Element | null = element; e; e = e.parentElement) found.push(getComputedStyle(e).backgroundColor);
      return found;
    };
    const holdsText = (element: Element) =>
      // A field's text is its value, typed in it.
      (element.matches('input:not([type="radio"], [type="checkbox"]), textarea, select') ||
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')) &&
      // Text clipped to a pixel for screen readers only is not seen.
      element.getBoundingClientRect().width > 2;
    const style = getComputedStyle(active);
    const label = (active.innerText || active.getAttribute('aria-label') || active.getAttribute('name') || '').trim();
    return {
      index: [...document.querySelectorAll('*')].indexOf(active),
      element: `${describe(active)} “${label.replace(/\s+/g, ' ').slice(0, 40)}”`,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      texts: [active, ...active.querySelectorAll('*')].filter(holdsText).map((element) => ({
        element: describe(element),
        color: getComputedStyle(element).color,
        backgrounds: backgrounds(element),
      })),
    };
  });
}

/**
 * Presses Tab from where the focus is now until it leaves the page or comes
 * back to a stop already seen, and returns each stop on the way, read while
 * it is focused.
 */
export async function tabThrough(page: Page, maxStops = 300): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  const seen = new Set<number>();
  for (let pressed = 0; pressed < maxStops; pressed += 1) {
    await page.keyboard.press('Tab');
    const stop = await readFocusStop(page);
    if (!stop || seen.has(stop.index)) return stops;
    seen.add(stop.index);
    const { index: _index, ...seenStop } = stop;
    stops.push(seenStop);
  }
  throw new Error(`Tab went on past ${maxStops} stops on ${page.url()}`);
}

/**
 * How many stops Tab should make from the focused element (or the start of the
 * page) to the end: the drawn, enabled links, buttons, summaries, fields and
 * other tabbable elements after it, a group of radio buttons counting once.
 */
export function tabbableAfterFocus(page: Page): Promise<number> {
  return page.evaluate(() => {
    const start = document.activeElement === document.body ? null : document.activeElement;
    const candidates = document.querySelectorAll<HTMLElement>(
      'a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])',
    );
    const radioGroups = new Set<string>();
    return [...candidates].filter((element) => {
      if (start && !(start.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
      if (element.matches(':disabled, [inert], [inert] *')) return false;
      // Also false inside a closed <details> whose content is not shown.
      if (!element.checkVisibility({ visibilityProperty: true })) return false;
      if (element instanceof HTMLInputElement && element.type === 'radio') {
        if (radioGroups.has(element.name)) return false;
        radioGroups.add(element.name);
      }
      return true;
    }).length;
  });
}
