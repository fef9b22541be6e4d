import { describe, expect, it } from 'vitest';
import { isAbbreviation, prepareQuery } from '../../../src/search/query-terms.ts';

describe('prepareQuery', () => {
  it('leaves stop words out, so "of" alone never makes a match', () => {
    const prepared = prepareQuery('Gulf of Aden');
    expect(prepared.pagefindQuery).toBe('Gulf Aden');
    expect(prepared.terms.map((t) => t.key)).toEqual(['gulf', 'aden']);
  });

  it('leaves out the question words of a question', () => {
    expect(prepareQuery('when did Rasmussen visit Korea').pagefindQuery).toBe('Rasmussen visit Korea');
  });

  it('searches a query of stop words only as typed', () => {
    expect(prepareQuery('the').pagefindQuery).toBe('the');
  });

  it('asks for an abbreviation in capitals as an exact word', () => {
    const prepared = prepareQuery('PRT Parwan');
    expect(prepared.pagefindQuery).toBe('"PRT" Parwan');
    expect(prepared.terms.map((t) => [t.text, t.exact])).toEqual([
      ['PRT', true],
      ['Parwan', false],
    ]);
    expect(prepareQuery('US$ 500').pagefindQuery).toBe('"US" 500');
  });

  it('reads a query typed all in capitals as shouted, not as abbreviations', () => {
    expect(prepareQuery('GULF OF ADEN').pagefindQuery).toBe('GULF ADEN');
    expect(prepareQuery('ANA').pagefindQuery).toBe('"ANA"');
  });

  it('keeps a phrase in quotes whole, stop words included', () => {
    const prepared = prepareQuery('"partners across the globe"');
    expect(prepared).toMatchObject({ pagefindQuery: '"partners across the globe"', phrase: true });
    expect(prepared.terms.map((t) => t.key)).toEqual(['partners', 'across', 'the', 'globe']);
  });

  it('drops punctuation around words and words of punctuation only', () => {
    expect(prepareQuery('(Seoul) – $').terms.map((t) => t.text)).toEqual(['Seoul']);
  });
});

describe('isAbbreviation', () => {
  it('is two to five capital letters', () => {
    expect(['ANA', 'NAC', 'DMZ', 'ISAF', 'US', '(PRT)'].every(isAbbreviation)).toBe(true);
    expect(['A', 'NATOLED', 'Nato', 'ana', 'G20'].some(isAbbreviation)).toBe(false);
  });
});
