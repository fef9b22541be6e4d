import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function abbrElements(nodes: readonly ChildNode[]): Element[] {
  return nodes.flatMap((node) =>
    node.type === 'tag' ? [...(node.name === 'abbr' ? [node] : []), ...abbrElements(node.children)] : [],
  );
}

/**
 * The HTML with each abbreviation's <abbr> kept at its first use only: a
 * later one is unwrapped, its words left exactly where they were. Each
 * section's MDX marks its own first uses, so a page that shows several
 * sections, /document/, would otherwise mark one abbreviation once per
 * section. Only the repeated tags are cut out of the string; every other
 * byte stays as rendered.
 */
export function keepFirstAbbreviations(html: string): string {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const seen = new Set<string>();
  const cuts: { start: number; end: number }[] = [];
  for (const abbr of abbrElements(document.children)) {
    const text = textOf(abbr);
    if (!seen.has(text)) {
      seen.add(text);
      continue;
    }
    const first = abbr.children[0];
    const last = abbr.children.at(-1);
    if (first === undefined || last === undefined) continue;
    cuts.push({ start: abbr.startIndex!, end: first.startIndex! });
    cuts.push({ start: last.endIndex! + 1, end: abbr.endIndex! + 1 });
  }
  return cuts.reduceRight((rest, cut) => rest.slice(0, cut.start) + rest.slice(cut.end), html);
}
