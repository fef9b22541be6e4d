import { describe, expect, it } from 'vitest';
import type { SearchOutcome } from '../../../src/search/run.ts';
import { statusText } from '../../../src/search/status.ts';

const outcome = (typed: string, total: number, more: Partial<SearchOutcome> = {}): SearchOutcome => ({
  typed,
  corrected: typed,
  searched: typed,
  replacements: [],
  corrections: [],
  notFound: [],
  nearestWords: [],
  shortened: false,
  total,
  pages: [],
  ...more,
});

describe('statusText', () => {
  it('counts results', () => {
    expect(statusText(outcome('470 ', 1))).toBe('1 result for “470”.');
    expect(statusText(outcome('Korea', 3), 'Overview')).toBe('3 results for “Korea” in Overview.');
  });

  it('says when nothing matched', () => {
    expect(statusText(outcome('zebra', 0))).toBe('No results for “zebra”.');
  });

  it('explains an alias', () => {
    expect(statusText(outcome('ROK', 3, { replacements: [{ typed: 'ROK', source: 'Republic of Korea' }] }))).toBe(
      '3 results for “ROK”. Searched the source’s wording: “Republic of Korea” for “ROK”.',
    );
  });

  it('says which words matched nothing and what it shows instead', () => {
    const corrected = outcome('Rasmusen', 2, {
      corrected: 'Rasmussen',
      corrections: [{ typed: 'Rasmusen', word: 'Rasmussen' }],
    });
    expect(statusText(corrected)).toBe('No results for “Rasmusen”. Showing 2 results for “Rasmussen”.');
    const two = outcome('Rasmusen Brengleman', 1, {
      corrected: 'Rasmussen Brengelmann',
      corrections: [
        { typed: 'Rasmusen', word: 'Rasmussen' },
        { typed: 'Brengleman', word: 'Brengelmann' },
      ],
    });
    expect(statusText(two, 'Timeline')).toBe(
      'No results for “Rasmusen Brengleman”. Showing 1 result for “Rasmussen Brengelmann” in Timeline.',
    );
  });

  it('names a word that matched nothing and had no close spelling', () => {
    expect(statusText(outcome('xylophone Seoul', 2, { notFound: ['xylophone'] }))).toBe(
      '2 results for “xylophone Seoul”. Not in the text: “xylophone”.',
    );
  });

  it('quotes only the start of a long query and says it was cut', () => {
    const typed = 'one two three four five six seven eight nine ten eleven twelve';
    expect(statusText(outcome(typed, 0, { shortened: true }))).toBe(
      'No results for “one two three four five six seven eight…”. Only the start of this long query was searched.',
    );
  });
});
