import type { SearchOutcome } from './run.ts';

const quote = (text: string) => `“${text}”`;

/**
 * What the live region announces once results are shown: the count, and
 * which of the typed words were searched in the source's own wording.
 */
export function statusText(outcome: SearchOutcome, section?: string): string {
  const { total, typed } = outcome;
  const where = section ? ` in ${section}` : '';
  const count =
    total === 0
      ? `No results for ${quote(typed.trim())}${where}.`
      : `${total} ${total === 1 ? 'result' : 'results'} for ${quote(typed.trim())}${where}.`;
  const aliases = outcome.replacements.map((r) => `${quote(r.source)} for ${quote(r.typed)}`);
  return aliases.length > 0 ? `${count} Searched the source’s wording: ${aliases.join(', ')}.` : count;
}
