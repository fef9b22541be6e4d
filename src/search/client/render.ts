/**
 * Results as DOM nodes. Page text only ever becomes text nodes: excerpts are
 * rebuilt from their segments, with <mark> the one element created.
 */
import { excerptSegments } from '../excerpt.ts';
import type { PageHit, SearchHit, SearchOutcome } from '../run.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string) {
  const node = document.createElement(tag);
  if (className !== '') node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerpt(html: string, className: string): HTMLParagraphElement {
  const p = element('p', className);
  for (const segment of excerptSegments(html)) {
    p.append(segment.marked ? element('mark', undefined, segment.text) : document.createTextNode(segment.text));
  }
  return p;
}

function part(hit: SearchHit, page: PageHit): HTMLElement {
  const item = element('div', 'search-part');
  item.setAttribute('role', 'listitem');
  item.dataset['searchPart'] = '';
  const link = element('a', 'search-part__link', hit.title);
  link.href = hit.href;
  // Link lists read out of context still say which page the part is on.
  link.append(element('span', 'sr-only', `, ${page.title}`));
  item.append(link, excerpt(hit.excerpt, 'search-part__excerpt'));
  return item;
}

function pageResult(page: PageHit): HTMLLIElement {
  const li = element('li', 'search-result');
  li.dataset['searchResult'] = '';
  const link = element('a', 'search-result__link', page.title);
  link.href = page.href;
  const heading = element('p', 'search-result__title');
  heading.append(link);
  li.append(heading);
  if (page.editorial) heading.append(' ', element('span', 'search-result__kind', 'Editorial'));
  if (page.section !== page.title) li.append(element('p', 'search-result__section', `Section: ${page.section}`));
  if (page.parts.length === 0) {
    li.append(excerpt(page.excerpt, 'search-result__excerpt'));
  } else {
    // Not <li>: one <li> per page keeps the list's count the number of pages.
    const parts = element('div', 'search-result__parts');
    parts.setAttribute('role', 'list');
    parts.setAttribute('aria-label', `Matches in ${page.title}`);
    parts.append(...page.parts.map((hit) => part(hit, page)));
    li.append(parts);
  }
  return li;
}

export function renderResults(list: HTMLElement, outcome: SearchOutcome): void {
  list.replaceChildren(...outcome.pages.map(pageResult));
}
