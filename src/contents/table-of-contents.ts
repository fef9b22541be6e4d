/**
 * The on-page contents: headings as a nested list. Each entry links to the
 * heading's id; deeper headings nest under the nearest shallower one, and a
 * jump in levels (h2 straight to h4) nests one step, never leaving a gap.
 */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

export function tableOfContents(headings: readonly TocHeading[], maxDepth = 3): TocEntry[] {
  const root: TocEntry[] = [];
  const open: { depth: number; children: TocEntry[] }[] = [{ depth: 0, children: root }];
  for (const heading of headings) {
    if (heading.depth > maxDepth) continue;
    while (open.length > 1 && open.at(-1)!.depth >= heading.depth) open.pop();
    const entry: TocEntry = { id: heading.slug, text: heading.text, children: [] };
    open.at(-1)!.children.push(entry);
    open.push({ depth: heading.depth, children: entry.children });
  }
  return root;
}

/** Every id the contents link to, in reading order. */
export function tocIds(entries: readonly TocEntry[]): string[] {
  return entries.flatMap((entry) => [entry.id, ...tocIds(entry.children)]);
}
