/**
 * Pagefind splits a page into sub-results at headings with ids and at
 * elements that carry both an id and data-pagefind-title. Giving every source
 * paragraph (id "<section>-<n>") and timeline event (id "event-…") a title
 * makes a search for "470" land on the paragraph that says it, not on the
 * top of the page.
 */

const PARAGRAPH_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*-(\d+)$/;

/** "Paragraph 3" for the permalink id "political-dialogue-3". */
export function paragraphResultTitle(id: string): string {
  const n = PARAGRAPH_ID.exec(id)?.[1];
  if (n === undefined) throw new Error(`"${id}" is not a paragraph id of the form <section>-<n>.`);
  return `Paragraph ${Number(n)}`;
}
