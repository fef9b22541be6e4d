/**
 * Pagefind's excerpts are HTML: the page text with &, <, >, " and ' encoded
 * and the matched words wrapped in <mark>. Rather than trusting that string
 * as markup, the UI rebuilds it from these segments with text nodes, so page
 * text can never become markup.
 */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(html: string): string {
  return html.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ENTITIES[name!.toLowerCase()] ?? whole;
  });
}

/** Splits an excerpt at its <mark> tags; any other tag is kept as literal text. */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') segments.push({ text: decodeEntities(part), marked });
  }
  return segments;
}

/** The distinct words an excerpt marks, without surrounding punctuation: what to highlight on the page. */
export function markedWords(excerpt: string): string[] {
  const words = excerptSegments(excerpt)
    .filter((segment) => segment.marked)
    .flatMap((segment) => segment.text.split(/\s+/))
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
  return [...new Set(words)];
}
