import { headingId } from '../source/ids.ts';

/** The name search shows for a page and filters it by: its section's title, or the page's own title. */
export function searchSectionName(
  sections: readonly { path: string; title: string }[],
  path: string,
  pageTitle: string,
): string {
  return sections.find((section) => section.path === path)?.title ?? pageTitle;
}

export type SearchPageKind = 'source' | 'editorial';

/**
 * Pages that carry a section of the source text (the first one is the home
 * page, the others are at the slug of their heading) are "source"; any other
 * indexed page, such as the timeline, is "editorial".
 */
export function searchPageKind(sourceHeadings: readonly string[], path: string): SearchPageKind {
  const sourcePaths = sourceHeadings.map((heading, i) => (i === 0 ? '' : `${headingId(heading)}/`));
  return sourcePaths.includes(path) ? 'source' : 'editorial';
}
