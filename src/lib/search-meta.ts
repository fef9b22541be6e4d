/** The name search shows for a page and filters it by: its section's title, or the page's own title. */
export function searchSectionName(
  sections: readonly { path: string; title: string }[],
  path: string,
  pageTitle: string,
): string {
  return sections.find((section) => section.path === path)?.title ?? pageTitle;
}
