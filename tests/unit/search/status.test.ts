import { describe, expect, it } from 'vitest';
import type { SearchOutcome } from '../../../src/search/run.ts';
import { statusText } from '../../../src/search/status.ts';

const outcome = (typed: string, total: number, replacements: SearchOutcome['replacements'] = []): SearchOutcome => ({
  typed,
  searched: typed,
  replacements,
  total,
  pages: [],
  sections: {},
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
    expect(statusText(outcome('ROK', 3, [{ typed: 'ROK', source: 'Republic of Korea' }]))).toBe(
      '3 results for “ROK”. Searched the source’s wording: “Republic of Korea” for “ROK”.',
    );
  });
});
