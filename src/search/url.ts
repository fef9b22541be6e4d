/**
 * Search result links carry the searched words in ?highlight= so the landing
 * page can mark them; the landing page then removes the parameter so a copied
 * address stays clean. Both sides use these helpers.
 */
import { isStopWord } from './stop-words.ts';

export const HIGHLIGHT_PARAM = 'highlight';

/** The words worth highlighting, in order, each once (case-insensitively). */
export function highlightTerms(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const raw of words.flatMap((word) => word.split(/\s+/))) {
    const term = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const key = term.toLocaleLowerCase('en');
    // Stop words would light up half the page and say nothing about the match.
    if (term === '' || isStopWord(key) || seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
  }
  return terms;
}

/** A result URL (path, maybe with #fragment) with one highlight parameter per term, before the fragment. */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const query = terms.map((term) => `${HIGHLIGHT_PARAM}=${encodeURIComponent(term)}`).join('&');
  return `${path}${path.includes('?') ? '&' : '?'}${query}${hash}`;
}

/** The highlight terms a landing page was opened with. */
export function highlightTermsFromSearch(search: string): string[] {
  return highlightTerms(new URLSearchParams(search).getAll(HIGHLIGHT_PARAM));
}

/**
 * The address without highlight parameters, keeping every other parameter
 * and the fragment (including a text fragment, #:~:text=…) as they were.
 */
export function withoutHighlight(href: string): string {
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : href.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt === -1) return href;
  const kept = beforeHash
    .slice(queryAt + 1)
    .split('&')
    .filter((pair) => pair !== '' && decodeURIComponent(pair.split('=')[0] ?? '') !== HIGHLIGHT_PARAM);
  return `${beforeHash.slice(0, queryAt)}${kept.length > 0 ? `?${kept.join('&')}` : ''}${hash}`;
}
