import { describe, expect, it } from 'vitest';
import { boundQuery, MAX_QUERY_CHARACTERS, MAX_QUERY_WORDS, quotedStart } from '../../../src/search/query-bounds.ts';

describe('boundQuery', () => {
  it('keeps a query of ordinary length as typed', () => {
    expect(boundQuery('  Gulf of  Aden ')).toEqual({ text: 'Gulf of  Aden', shortened: false });
  });

  it('keeps the first words of a query with too many', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const bounded = boundQuery(words.join(' '));
    expect(bounded.shortened).toBe(true);
    expect(bounded.text.split(' ')).toEqual(words.slice(0, MAX_QUERY_WORDS));
  });

  it('cuts a long query at the last whole word within the character limit', () => {
    const bounded = boundQuery('interoperability '.repeat(15));
    expect(bounded.shortened).toBe(true);
    expect(bounded.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARACTERS);
    expect(bounded.text.split(' ').every((word) => word === 'interoperability')).toBe(true);
  });

  it('cuts a single word longer than the limit', () => {
    expect(boundQuery('x'.repeat(5000))).toEqual({ text: 'x'.repeat(MAX_QUERY_CHARACTERS), shortened: true });
  });
});

describe('quotedStart', () => {
  it('quotes a short query whole and the first eight words of a long one', () => {
    expect(quotedStart('Rasmussen')).toBe('Rasmussen');
    expect(quotedStart('one two three four five six seven eight nine ten')).toBe(
      'one two three four five six seven eight…',
    );
  });
  it('shortens eight long words to eighty characters', () => {
    const quoted = quotedStart('x'.repeat(5000));
    expect(quoted).toBe(`${'x'.repeat(80)}…`);
  });
});
