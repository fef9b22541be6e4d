import { dateMentions, formatDate, type PartialDate } from '../source/dates.ts';
import { closestStretch, difference, quoted } from '../source/text-match.ts';
import { hasPhrase, unsupportedInClaim } from './claims.ts';

/**
 * Evidence: what an editorial claim says about the text must be readable in
 * the text. A claim (a timeline entry, a section's summary) carries exact
 * quotes; each must stand, character for character, in a passage the claim
 * cites, and the claim's names, figures and dates must stand in its quotes.
 * The checks are pure: the timeline loader and the section checks give them
 * the passages as the content files have them, before anything renders.
 */

/** A passage of the source as quotes are checked against it; a photograph has two texts, description and caption. */
export interface PassageText {
  id: string;
  texts: readonly string[];
}

export interface Claim {
  /** The exact quotes, in the order given. */
  quotes: readonly string[];
  /** The field that holds them, for messages: evidence. */
  quotesField: string;
  /** The passages the quotes must come from, in the order cited. */
  cited: readonly PassageText[];
  /** How messages name the cited passages: political-dialogue-2, or "this section’s text". */
  citedName: string;
  /** Every passage of the source, to say where a quote from an uncited one is. */
  everyPassage?: readonly PassageText[];
  /** Sentences that may say only what the quotes say: a title, a summary. */
  sentences: readonly { field: string; text: string }[];
  /** Names the quotes must have: the people and places listed for an entry. */
  names?: readonly { field: string; name: string }[];
  /** Dates the quotes must give: an entry's date and the end of its span. */
  dates?: readonly { field: string; date: PartialDate }[];
}

export interface FieldProblem {
  field: string;
  what: string;
}

const has = (passage: PassageText, quote: string) => passage.texts.some((text) => text.includes(quote));

/** Spaces of every kind as one, so a quote that differs only in them can be told apart. */
const looseSpaces = (text: string) => text.replace(/\s/g, ' ');

function describeSpace(char: string): string {
  return char === '\u00a0' ? 'a non-breaking space (U+00A0)' : char === ' ' ? 'a plain space' : `“${char}”`;
}

/** Why a quote is not found, with the closest passage and the words that differ. */
function quoteNotFound(quote: string, claim: Claim): string {
  const shown = quoted(quote);
  const notIn = `${shown} is not in ${claim.citedName}`;
  const elsewhere = (claim.everyPassage ?? []).find(
    (passage) => !claim.cited.some((cited) => cited.id === passage.id) && has(passage, quote),
  );
  if (elsewhere) return `${notIn} but in ${elsewhere.id}: cite that passage too (alsoIn), or quote the cited one`;

  const texts = claim.cited.flatMap((passage) => passage.texts);
  for (const text of texts) {
    const at = looseSpaces(text).indexOf(looseSpaces(quote));
    if (at === -1) continue;
    const actual = text.slice(at, at + quote.length);
    const k = [...actual].findIndex((char, i) => char !== quote[i]);
    const after = actual.slice(0, k).split(' ').at(-1) ?? '';
    return `${notIn}: the text has ${describeSpace(actual[k] ?? '')} after “${after}” where the quote has ${describeSpace(quote[k] ?? '')}; copy the words from the text`;
  }
  const closest = closestStretch(quote, texts);
  if (closest === undefined) return `${notIn}, and nothing there comes close; quote the text’s own words exactly`;
  return `${notIn}; the closest passage there is ${quoted(closest)}: ${difference(closest, quote, 'the text')}`;
}

/**
 * Every way a claim says more than its evidence: quotes not in the cited
 * passages, names and dates its quotes do not give, and words of its
 * sentences (names, figures, number words) that no quote has.
 */
export function evidenceProblems(claim: Claim): FieldProblem[] {
  const problems: FieldProblem[] = [];
  claim.quotes.forEach((quote, i) => {
    if (!claim.cited.some((passage) => has(passage, quote))) {
      problems.push({ field: `${claim.quotesField}[${i}]`, what: quoteNotFound(quote, claim) });
    }
  });

  for (const { field, name } of claim.names ?? []) {
    if (claim.quotes.some((quote) => hasPhrase(quote, name))) continue;
    const inCited = claim.cited.some((passage) => passage.texts.some((text) => hasPhrase(text, name)));
    problems.push({
      field,
      what: inCited
        ? `“${name}” is in ${claim.citedName} but in none of the quotes; add a quote that names it`
        : `“${name}” is not in ${claim.citedName}; list only the people and places the cited text names, as it spells them`,
    });
  }

  const saysDate = (texts: readonly string[], date: PartialDate) =>
    texts.flatMap(dateMentions).find((mention) => mention.iso.startsWith(date.iso));
  for (const { field, date } of claim.dates ?? []) {
    if (saysDate(claim.quotes, date)) continue;
    const there = saysDate(
      claim.cited.flatMap((passage) => passage.texts),
      date,
    );
    problems.push({
      field,
      what: there
        ? `none of the quotes says ${formatDate(date)}; ${claim.citedName} has “${there.text}”: quote the words that give the date`
        : `none of the quotes says ${formatDate(date)}, and ${claim.citedName} does not either; give the date only as precisely as the text does`,
    });
  }

  for (const { field, text } of claim.sentences) {
    for (const what of unsupportedInClaim(text, claim.quotes)) problems.push({ field, what });
  }
  return problems;
}

/** The cited passages as messages name them: overview-1, or "overview-1 or overview-3". */
export function passageList(ids: readonly string[]): string {
  return ids.length <= 1 ? (ids[0] ?? 'no passage') : `${ids.slice(0, -1).join(', ')} or ${ids.at(-1)}`;
}
