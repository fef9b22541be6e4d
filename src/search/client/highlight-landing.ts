/**
 * A page opened from a search result (?highlight=word&highlight=…): marks the
 * searched words in the reading content, brings the first one into view
 * (inside the linked paragraph when the address has a #fragment), offers a
 * "Clear highlights" button, and takes the parameter out of the address so a
 * copied link stays clean. Focus is left where the page put it.
 *
 * The button's bar goes right after the block of the first highlighted word,
 * in the text's flow: read there, the next tab stop after that paragraph's
 * own controls, and never drawn over a word. Its note is spoken once, as a
 * status filled after the bar is in the page.
 */
import { highlightPattern, matchRanges } from '../highlight.ts';
import { highlightTermsFromSearch, withoutHighlight } from '../url.ts';

const SKIP = 'script, style, mark, [data-pagefind-ignore], [data-search-landing]';

function markTerms(root: HTMLElement, pattern: RegExp): HTMLElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const inText: HTMLElement[] = [];
    // From the end, so earlier offsets stay valid while the node is split.
    for (const { start, end } of matchRanges(text.data, pattern).reverse()) {
      const word = text.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      word.replaceWith(mark);
      mark.append(word);
      inText.unshift(mark);
    }
    marks.push(...inText);
  }
  return marks;
}

/** The first mark in the linked part, or after it, or on the page. */
function firstRelevant(marks: HTMLElement[]): HTMLElement | undefined {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!target) return marks[0];
  return (
    marks.find((mark) => target.contains(mark)) ??
    marks.find((mark) => target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) ??
    marks[0]
  );
}

function inView(node: HTMLElement): boolean {
  const box = node.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= innerHeight;
}

function clear(main: HTMLElement, marks: HTMLElement[], bar: HTMLElement): void {
  for (const mark of marks) mark.replaceWith(...mark.childNodes);
  main.normalize();
  bar.remove();
  main.focus({ preventScroll: true });
}

/** The block a word is in, which the bar follows; a list's item is inside its list. */
const BLOCK = 'p, h1, h2, h3, h4, h5, h6, blockquote, figure, table, ul, ol, dl, pre';

function controlBar(): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'search-landing';
  bar.dataset['searchLanding'] = '';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Search highlights');
  const note = document.createElement('p');
  note.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Clear highlights';
  bar.append(note, button);
  return bar;
}

/** The note, set once the bar is in the page: a live region speaks changes, not its first content. */
function announce(bar: HTMLElement, terms: string[], count: number): void {
  const words = terms.map((t) => `“${t}”`).join(', ');
  requestAnimationFrame(() => {
    bar.querySelector('p')!.textContent = `${count} ${count === 1 ? 'match' : 'matches'} highlighted for ${words}.`;
  });
}

/** The address as it was opened, text fragment (#:~:text=) included, which location.href leaves out. */
function openedAddress(): string {
  const opened = performance.getEntriesByType('navigation')[0]!.name;
  return opened.includes(':~:') && opened.startsWith(location.origin + location.pathname) ? opened : location.href;
}

function land(): void {
  const terms = highlightTermsFromSearch(location.search);
  const main = document.querySelector('main')!;
  const pattern = highlightPattern(terms);
  if (pattern) {
    const marks = markTerms(main, pattern);
    const first = firstRelevant(marks);
    if (first) {
      const bar = controlBar();
      bar.querySelector('button')!.addEventListener('click', () => clear(main, marks, bar));
      const block = first.closest(BLOCK);
      if (block && main.contains(block)) block.after(bar);
      else main.prepend(bar);
      announce(bar, terms, marks.length);
      if (!inView(first)) first.scrollIntoView({ block: 'center' });
    }
  }
  history.replaceState(history.state, '', withoutHighlight(openedAddress()));
}

land();
