/**
 * What an editorial sentence states that its quotes must also say: the
 * names in it (runs of capitalised words: people, places, bodies,
 * programmes, months) and the numbers (figures, amounts, number words).
 * A sentence that names someone, or gives an amount, a year or a month,
 * that none of its quotes has says something the text does not.
 */

/** Small words that join the capitalised words of one name: Republic of Korea, Partnership and Cooperation. */
const JOINERS = new Set(['of', 'for', 'and', 'the']);

/** Number words an editor might write for a figure of the text: "three-day", "fifth round", "five years". */
const NUMBER_WORDS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand ' +
    'million billion first second third fourth fifth sixth seventh eighth ninth tenth twice dozen single'
  ).split(' '),
);

/** Words that make an amount approximate: "some US$75 million" is not "US$75 million". */
const APPROXIMATIONS = ['some', 'about', 'around', 'approximately', 'nearly', 'almost', 'over', 'more than', 'up to'];

/** A figure as the text writes it: 2005, 470, US$75, "US$ 500" (with a non-breaking space). */
const FIGURE = /(?:US\$[ \u00a0]?)?\d+(?:[.,]\d+)*/g;
const WORD = /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(sentence: string): Token[] {
  return [...sentence.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
const withoutPossessive = (word: string) => word.replace(/[’']s$/, '');

/**
 * Whether `phrase` occurs in `text` as whole words: "NATO" in "NATO’s" and
 * "NATO-led", but not "Korea" in "Koreans".
 */
export function hasPhrase(text: string, phrase: string): boolean {
  if (phrase === '') return false;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + phrase.length] ?? ' ';
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
  }
  return false;
}

/** A word starts the sentence, or a part of it after a colon or semicolon, where any word is capitalised. */
function startsClause(sentence: string, token: Token): boolean {
  return /^[^\p{L}\p{N}]*$|[:;][^\p{L}\p{N}]*$/u.test(sentence.slice(0, token.start));
}

/**
 * The names of a sentence: maximal runs of capitalised words, joined by
 * "of", "for", "and" or "the" ("Assistant Secretary General for Political
 * Affairs and Security Policy"), each with whether it starts the sentence
 * (or a clause after a colon), where any word is capitalised.
 */
export function namesIn(sentence: string): { name: string; initial: boolean }[] {
  const words = tokens(sentence);
  const names: { name: string; initial: boolean }[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isCapitalised(words[i]!.text)) {
      i += 1;
      continue;
    }
    const first = i;
    let last = i;
    for (let next = i + 1; next < words.length; next += 1) {
      const gap = sentence.slice(words[next - 1]!.end, words[next]!.start);
      // A possessive ends a name: "Korea’s Provincial Reconstruction Team" is two.
      if (gap !== ' ' || words[next - 1]!.text !== withoutPossessive(words[next - 1]!.text)) break;
      if (isCapitalised(words[next]!.text)) last = next;
      else if (!JOINERS.has(words[next]!.text)) break;
    }
    names.push({
      name: sentence.slice(words[first]!.start, words[last]!.end),
      initial: startsClause(sentence, words[first]!),
    });
    i = last + 1;
  }
  return names;
}

/** The figures of a sentence, as written: ["2005", "US$ 500"]. */
export function figuresIn(sentence: string): { figure: string; start: number }[] {
  return [...sentence.matchAll(FIGURE)].map((m) => ({ figure: m[0], start: m.index }));
}

/** Number words of a sentence: "three" of "three-day", "fifth". */
export function numberWordsIn(sentence: string): string[] {
  return tokens(sentence)
    .flatMap((token) => token.text.toLowerCase().split('-'))
    .filter((word) => NUMBER_WORDS.has(word));
}

/** A figure occurs in a text when no digit runs on either side of it. */
function hasFigure(text: string, figure: string): boolean {
  for (let at = text.indexOf(figure); at !== -1; at = text.indexOf(figure, at + 1)) {
    if (!/\d/.test(text[at - 1] ?? '') && !/\d/.test(text[at + figure.length] ?? '')) return true;
  }
  return false;
}

/** The approximation the text puts before a figure everywhere it has it ("some"), if any. */
function approximationBefore(texts: readonly string[], figure: string): string | undefined {
  const before = texts.flatMap((text) => {
    const found: string[] = [];
    for (let at = text.indexOf(figure); at !== -1; at = text.indexOf(figure, at + 1)) {
      found.push(text.slice(0, at).trimEnd().toLowerCase());
    }
    return found;
  });
  if (before.length === 0) return undefined;
  return APPROXIMATIONS.find((word) => before.every((text) => hasPhrase(text.slice(-word.length - 1), word)));
}

/**
 * Where a sentence says more than its quotes: each name, figure or number
 * word that none of them has, as a short description of what is missing.
 */
export function unsupportedInClaim(sentence: string, quotes: readonly string[]): string[] {
  const problems: string[] = [];
  const inQuotes = (phrase: string) => quotes.some((quote) => hasPhrase(quote, phrase));

  for (const { name, initial } of namesIn(sentence)) {
    const missing = missingParts(name, initial, inQuotes);
    for (const part of missing) problems.push(`“${part}” is in none of its quotes`);
  }

  for (const { figure, start } of figuresIn(sentence)) {
    if (quotes.some((quote) => hasFigure(quote, figure))) {
      const approximation = approximationBefore(quotes, figure);
      const written = sentence.slice(0, start).trimEnd().toLowerCase();
      if (approximation && !hasPhrase(written.slice(-approximation.length - 1), approximation)) {
        problems.push(`“${figure}” leaves out “${approximation}”: the text says “${approximation} ${figure}”`);
      }
      continue;
    }
    const spaced = figure.replace(/[ \u00a0]/g, (space) => (space === ' ' ? '\u00a0' : ' '));
    if (quotes.some((quote) => hasFigure(quote, spaced))) {
      const which = figure.includes('\u00a0') ? 'a plain space' : 'a non-breaking space (U+00A0)';
      problems.push(`“${figure}” is written in the text with ${which}: “${spaced}”`);
    } else {
      problems.push(`“${figure}” is in none of its quotes`);
    }
  }

  const quoteWords = new Set(quotes.flatMap(numberWordsIn));
  for (const word of new Set(numberWordsIn(sentence))) {
    if (!quoteWords.has(word)) problems.push(`“${word}” is in none of its quotes`);
  }
  return problems;
}

/**
 * The parts of a name its quotes do not have. A whole name the quotes have
 * is fine; otherwise it is tried without a possessive, then split at "and"
 * (two names in a row: "NATO and the Republic of Korea"), and a name that
 * starts the sentence also without its first word ("The", "In", "Some").
 */
function missingParts(name: string, initial: boolean, inQuotes: (phrase: string) => boolean): string[] {
  const found = (phrase: string) => inQuotes(phrase) || inQuotes(withoutPossessive(phrase));
  if (found(name)) return [];
  const parts = name
    .split(/ and (?:the )?/)
    .map((part) => part.replace(/^(?:the|of|for) /, ''))
    .filter((part) => part !== '');
  return parts.flatMap((part, i) => {
    if (found(part)) return [];
    if (i > 0 || !initial) return [part];
    // Its first word may be capitalised only because it starts the sentence: the rest is the name.
    const rest = part.replace(/^\S+\s*/, '').replace(/^(?:the|of|for|and) /, '');
    return rest === '' || found(rest) ? [] : [rest];
  });
}
