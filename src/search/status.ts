import { quotedStart } from './query-bounds.ts';
import type { SearchOutcome } from './run.ts';

const quote = (text: string) => `“${quotedStart(text)}”`;
const results = (n: number) => `${n} ${n === 1 ? 'result' : 'results'}`;

/**
 * What the live region announces once results are shown: the count; the
 * words that matched nothing and the close spellings searched instead; the
 * typed words searched in the source's own wording; and whether a long
 * query was cut. Queries are quoted by their first words only.
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
        : `Showing ${results(total)} for ${quote(corrected)}${where}.`,
    );
  } else {
    sentences.push(
      total === 0 ? `No results for ${quote(typed)}${where}.` : `${results(total)} for ${quote(typed)}${where}.`,
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
