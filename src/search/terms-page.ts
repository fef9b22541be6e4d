/**
 * The terms page, when the site has one: search offers it next to the whole
 * document when nothing matches, and on the search page without JavaScript.
 * Found by its page file, so it appears on its own once that page is added.
 */
import { joinBase } from '../linking/urls.ts';

const termsPages = import.meta.glob(['../pages/terms.astro', '../pages/terms/index.astro']);

/** The terms page's address under the base, or undefined while the site has none. */
export function termsPagePath(base: string): string | undefined {
  return Object.keys(termsPages).length > 0 ? joinBase(base, 'terms/') : undefined;
}
