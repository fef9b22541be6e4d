/**
 * Reads the canonical source text (content/source/*.txt) into its parts.
 *
 * The source is plain text: a title line, a "Last updated" line, then blocks
 * separated by blank lines. A block is a heading when it is short and has no
 * closing punctuation; the photograph's two lines also lack a full stop, so
 * length is what tells them apart from the headings.
 */
export interface SourceBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

export interface SourceSection {
  /** The heading that opens the section; the document title for the first one. */
  heading: string;
  paragraphs: string[];
}

export interface SourceDocument {
  title: string;
  /** The "Last updated" value exactly as the source writes it. */
  lastUpdatedText: string;
  sections: SourceSection[];
}

const HEADING_MAX_WORDS = 6;
const LAST_UPDATED = /^\s*(?:•\s*)?Last updated:\s*(.+?)\s*$/;

/**
 * Any run of whitespace as one space, the non-breaking space included: for
 * comparing words (search, headings), never for the text's own characters.
 */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Line breaks, tabs and runs of spaces as one space, as HTML collapses them.
 * A non-breaking space is a character of the text ("US$ 500"), not layout,
 * so it stays: whatever compares or exports the text keeps it exactly.
 */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

export function isHeadingLine(line: string): boolean {
  const text = normalizeWhitespace(line);
  if (text === '') return false;
  const words = text.split(' ').length;
  return words <= HEADING_MAX_WORDS && !/[.!?:;,)”"]$/.test(text);
}

export function sourceBlocks(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map(collapseSpaces)
    .filter((block) => block !== '');
}

export function parseSourceText(text: string): SourceDocument {
  const [title, ...rest] = sourceBlocks(text);
  if (title === undefined) throw new Error('The source text is empty.');
  let lastUpdatedText = '';
  const sections: SourceSection[] = [{ heading: title, paragraphs: [] }];
  for (const block of rest) {
    const lastUpdated = LAST_UPDATED.exec(block);
    if (lastUpdated?.[1] !== undefined && lastUpdatedText === '') {
      lastUpdatedText = lastUpdated[1];
    } else if (isHeadingLine(block)) {
      sections.push({ heading: block, paragraphs: [] });
    } else {
      sections.at(-1)?.paragraphs.push(block);
    }
  }
  return { title, lastUpdatedText, sections };
}

/**
 * Splits a paragraph into sentences at ". ", "? " or "! " followed by a
 * capital letter or an opening quote. The text has no abbreviations with a
 * full stop inside a sentence, so this simple rule is exact for it.
 */
export function splitSentences(paragraph: string): string[] {
  return collapseSpaces(paragraph)
    .split(/(?<=[.!?]) (?=[A-Z“"‘])/)
    .filter((sentence) => sentence !== '');
}
