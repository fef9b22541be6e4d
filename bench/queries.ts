/**
 * What readers of this text would search for: names, places, topics, a
 * phrase, a prefix while typing ("Afgh") and a word the text does not
 * contain (zero results must be fast too). All distinct, so each search
 * renders something new.
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
] as const;

/** Searched once before the warm series, so the runtime and wasm are loaded. */
export const WARM_UP_QUERY = 'NATO';
