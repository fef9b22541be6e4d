/**
 * Loaded on the first focus of a search field, or at once for a shared
 * /search/?q=… link (see boot.ts): every search of the page becomes live.
 * The header's and the search page's are two widgets over the same results.
 * This module runs for its effect; it is bundled on its own and has no exports.
 */
import { headerPanel } from './header-panel.ts';
import { searchPage } from './search-page.ts';

const widgets = { header: headerPanel, page: searchPage };

for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) {
  widgets[root.dataset['search'] as keyof typeof widgets](root);
}
