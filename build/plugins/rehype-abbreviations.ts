import type { Element, ElementContent, Root } from 'hast';
import { spellingSpans } from '../../src/terms/mentions.ts';

/** An abbreviation of the text and what it stands for (the terms file's `expansion`). */
export interface Abbreviation {
  text: string;
  title: string;
}

export interface AbbreviationOptions {
  abbreviations: readonly Abbreviation[];
}

function isEditorial(node: Element): boolean {
  const value = node.properties['dataEditorial'];
  return value !== undefined && value !== false;
}

/** Inside these the words stay as they are: a link's text, an abbreviation already marked, the site's own notes. */
function skipped(node: Element): boolean {
  return node.tagName === 'a' || node.tagName === 'abbr' || isEditorial(node);
}

/**
 * Marks the first use of each abbreviation on a page as
 * <abbr title="expansion">, in the source paragraphs only. The words stay
 * the source's, character for character: a text node is split around the
 * abbreviation and the abbreviation's own characters become the element's
 * text; only the title, from the terms file, is editorial. The page is the
 * MDX file: each section; /document/, which shows them all, keeps the first
 * of each (src/terms/FirstAbbreviations.astro).
 */
export function rehypeAbbreviations(options: AbbreviationOptions) {
  const abbreviations = options.abbreviations;
  return (tree: Root) => {
    const pending = new Map(abbreviations.map((abbreviation) => [abbreviation.text, abbreviation.title]));

    /** The children with the first use of each pending abbreviation in a text node wrapped. */
    const mark = (children: ElementContent[]): ElementContent[] =>
      children.flatMap((child): ElementContent[] => {
        if (pending.size === 0) return [child];
        if (child.type === 'element') {
          if (!skipped(child)) child.children = mark(child.children);
          return [child];
        }
        if (child.type !== 'text') return [child];
        const out: ElementContent[] = [];
        let rest = child.value;
        for (;;) {
          const first = [...pending.keys()]
            .map((text) => ({ text, span: spellingSpans(rest, text)[0] }))
            .filter((found) => found.span !== undefined)
            .sort((a, b) => a.span!.start - b.span!.start)[0];
          if (!first) break;
          const { start, end } = first.span!;
          if (start > 0) out.push({ type: 'text', value: rest.slice(0, start) });
          out.push({
            type: 'element',
            tagName: 'abbr',
            properties: { title: pending.get(first.text)! },
            children: [{ type: 'text', value: rest.slice(start, end) }],
          });
          pending.delete(first.text);
          rest = rest.slice(end);
        }
        if (rest !== '') out.push({ type: 'text', value: rest });
        return out;
      });

    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'p' && !isEditorial(node)) node.children = mark(node.children);
    }
  };
}

/** The abbreviations of the terms file that give an expansion. */
export function abbreviationsOf(
  terms: readonly { kind: string; spelling: string; expansion?: string | undefined }[],
): Abbreviation[] {
  return terms.flatMap((term) =>
    term.kind === 'abbreviation' && term.expansion !== undefined
      ? [{ text: term.spelling, title: term.expansion }]
      : [],
  );
}
