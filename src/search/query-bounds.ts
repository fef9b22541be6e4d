/**
 * A query is read up to a length that any question about this text fits in;
 * a pasted page of text is cut there, so it neither slows the search nor
 * fills the status line that screen readers announce.
 */
export const MAX_QUERY_WORDS = 16;
export const MAX_QUERY_CHARACTERS = 200;
/** The status line quotes at most this many words of a query. */
export const QUOTED_WORDS = 8;

export interface BoundedQuery {
  text: string;
  /** Whether words were cut off. */
  shortened: boolean;
}

export function boundQuery(typed: string): BoundedQuery {
  const words = typed.trim().split(/\s+/);
  let text = words.slice(0, MAX_QUERY_WORDS).join(' ');
  if (text.length > MAX_QUERY_CHARACTERS) {
    const cut = text.slice(0, MAX_QUERY_CHARACTERS);
    // Whole words only, unless the first word alone is longer than the limit.
    text = cut.includes(' ') ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  }
  const shortened = text.length < typed.trim().replace(/\s+/g, ' ').length;
  // Spacing as typed when nothing was cut: the status line quotes the reader's own words.
  return { text: shortened ? text : typed.trim(), shortened };
}

/** The first words of a query for the status line, with an ellipsis when there were more. */
export function quotedStart(text: string): string {
  const words = text.trim().split(/\s+/);
  const start = words.slice(0, QUOTED_WORDS).join(' ');
  const short = start.length > 80 ? `${start.slice(0, 80).trimEnd()}` : start;
  return short.length < words.join(' ').length ? `${short}…` : short;
}
