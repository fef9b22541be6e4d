/**
 * What readers of this text would search for: names, places, topics, a
 * phrase, a prefix while typing ("Afgh"), a word the text does not contain
 * (zero results must be fast too), a misspelling and an abbreviation. All
 * distinct, so each search renders something new. How well search finds
 * what readers want is measured on the judged set instead (tests/search-relevance/).
 */
export const SEARCH_QUERIES = [
  'Afghanistan',
  'piracy',
  'Korea',
  'security',
  'dialogue',
  'Parwan',
  'Seoul',
  'interoperability',
  'terrorism',
  'Lisbon',
  'Stoltenberg',
  'Rasmussen',
  'Bagram',
  'Gulf of Aden',
  'partnership programme',
  'trust fund',
  'Demilitarized Zone',
  'Ban Ki-Moon',
  'Afgh',
  'submarine',
  // A misspelt name (close spellings fetch a part of the vocabulary) and an
  // abbreviation the text spells out (an alias).
  'Rasmusen',
  'ANA',
] as const;

/** Searched once before the warm series, so the runtime and wasm are loaded. */
export const WARM_UP_QUERY = 'NATO';
