/**
 * Words that say nothing about what a reader is looking for: "of" in "Gulf
 * of Aden", "when" and "did" in a question. Search leaves them out of the
 * query, so a paragraph never matches by them alone, and never corrects a
 * word into one of them. A query of stop words only is searched as typed.
 */
const STOP_WORDS = new Set(
  (
    'a about after also am an and any are as at be been before being but by can could did do does during each for ' +
    'from had has have he her hers him his how i if in into is it its many me more most much my no nor not of on ' +
    'or our ours over she should so some such than that the their theirs them then there these they this those ' +
    'through to too very was we were what when where which while who whom whose why will with would yes you your'
  ).split(' '),
);

/** Whether a word, as search compares it (lower case, no punctuation), is a stop word. */
export function isStopWord(key: string): boolean {
  return STOP_WORDS.has(key);
}
