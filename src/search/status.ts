import { quotedStart } from './query-bounds.ts';
import type { SearchOutcome } from './run.ts';

const quote = (text: string) => `“${quotedStart(text)}”`;
const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What is listed, as the reader sees it: every link to a part of a page (or
 * the page itself when it shows no parts) is a match, and each page listed is
 * a section; when more pages matched than are listed, how many there were.
 */
function listed({ pages, total }: SearchOutcome, section: string | undefined): string {
  const matches = counted(
    pages.reduce((sum, page) => sum + Math.max(page.parts.length, 1), 0),
    'match',
    'matches',
  );
  if (section) return matches;
  const of = total > pages.length ? `${pages.length} of ${total}` : `${pages.length}`;
  return `${matches} in ${of} ${total === 1 ? 'section' : 'sections'}`;
}

/**
 * What the live region announces once the reader pauses: how many matches in
 * how many sections; the words that matched nothing and the close spellings
 * searched instead; the typed words searched in the source's own wording; and
 * whether a long query was cut. Queries are quoted by their first words only.
 */
export function statusText(outcome: SearchOutcome, section?: string): string {
  const { total, typed, corrected, corrections, notFound, replacements } = outcome;
  const where = section ? ` in ${section}` : '';
  const sentences: string[] = [];
  if (corrections.length > 0) {
    sentences.push(`No results for ${quote(corrections.map((c) => c.typed).join(' '))}.`);
    sentences.push(
      total === 0
        ? `No results for ${quote(corrected)}${where} either.`
        : `Showing ${listed(outcome, section)} for ${quote(corrected)}${where}.`,
    );
  } else {
    sentences.push(
      total === 0
        ? `No results for ${quote(typed)}${where}.`
        : `${listed(outcome, section)} for ${quote(typed)}${where}.`,
    );
  }
  if (total > 0 && notFound.length > 0) sentences.push(`Not in the text: ${notFound.map(quote).join(', ')}.`);
  if (replacements.length > 0) {
    const aliases = replacements.map((r) => `${quote(r.source)} for ${quote(r.typed)}`);
    sentences.push(`Searched the source’s wording: ${aliases.join(', ')}.`);
  }
  if (outcome.shortened) sentences.push('Only the start of this long query was searched.');
  return sentences.join(' ');
}
