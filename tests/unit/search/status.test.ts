import { describe, expect, it } from 'vitest';
import type { PageHit, SearchOutcome } from '../../../src/search/run.ts';
import { statusText } from '../../../src/search/status.ts';

/** A listed page with `parts` matching parts (0: the page itself is the match). */
const page = (parts: number): PageHit => {
  const hit = { title: 'Part', url: '/x/', href: '/x/', excerpt: '' };
  return { ...hit, section: 'X', editorial: false, parts: Array.from({ length: parts }, () => hit) };
};

/** `total` pages matched, each listed with one match unless `pages` says otherwise. */
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
  pages: Array.from({ length: total }, () => page(0)),
  ...more,
});

describe('statusText', () => {
  it('counts the matches listed and the sections they are in', () => {
    expect(statusText(outcome('470 ', 1))).toBe('1 match in 1 section for “470”.');
    expect(statusText(outcome('korea', 4, { pages: [page(5), page(5), page(3), page(0)] }))).toBe(
      '14 matches in 4 sections for “korea”.',
    );
    expect(statusText(outcome('Korea', 1, { pages: [page(3)] }), 'Overview')).toBe(
      '3 matches for “Korea” in Overview.',
    );
  });

  it('says when fewer sections are listed than matched', () => {
    expect(statusText(outcome('NATO', 7, { pages: [page(2), page(2), page(1), page(1), page(0)] }))).toBe(
      '7 matches in 5 of 7 sections for “NATO”.',
    );
  });

  it('says when nothing matched', () => {
    expect(statusText(outcome('zebra', 0))).toBe('No results for “zebra”.');
  });

  it('explains an alias', () => {
    expect(statusText(outcome('ROK', 3, { replacements: [{ typed: 'ROK', source: 'Republic of Korea' }] }))).toBe(
      '3 matches in 3 sections for “ROK”. Searched the source’s wording: “Republic of Korea” for “ROK”.',
    );
  });

  it('says which words matched nothing and what it shows instead', () => {
    const corrected = outcome('Rasmusen', 2, {
      corrected: 'Rasmussen',
      corrections: [{ typed: 'Rasmusen', word: 'Rasmussen' }],
    });
    expect(statusText(corrected)).toBe('No results for “Rasmusen”. Showing 2 matches in 2 sections for “Rasmussen”.');
    const two = outcome('Rasmusen Brengleman', 1, {
      corrected: 'Rasmussen Brengelmann',
      corrections: [
        { typed: 'Rasmusen', word: 'Rasmussen' },
        { typed: 'Brengleman', word: 'Brengelmann' },
      ],
    });
    expect(statusText(two, 'Timeline')).toBe(
      'No results for “Rasmusen Brengleman”. Showing 1 match for “Rasmussen Brengelmann” in Timeline.',
    );
  });

  it('names a word that matched nothing and had no close spelling', () => {
    expect(statusText(outcome('xylophone Seoul', 2, { notFound: ['xylophone'] }))).toBe(
      '2 matches in 2 sections for “xylophone Seoul”. Not in the text: “xylophone”.',
    );
  });

  it('quotes only the start of a long query and says it was cut', () => {
    const typed = 'one two three four five six seven eight nine ten eleven twelve';
    expect(statusText(outcome(typed, 0, { shortened: true }))).toBe(
      'No results for “one two three four five six seven eight…”. Only the start of this long query was searched.',
    );
  });
});
