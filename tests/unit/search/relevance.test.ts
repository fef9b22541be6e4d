import { describe, expect, it } from 'vitest';
import { rankOf, relevanceFigures, shownFragments } from '../../../tools/search-relevance.ts';

const part = (url: string) => ({ url });

describe('shownFragments', () => {
  it('lists the links in reading order: each page’s parts, or the page itself when it has none', () => {
    const outcome = {
      pages: [
        {
          url: '/political-dialogue/',
          parts: [part('/political-dialogue/#political-dialogue-3'), part('/political-dialogue/#political-dialogue-1')],
        },
        { url: '/timeline/', parts: [] },
        { url: '/', parts: [part('/#overview-photograph')] },
      ],
    };
    expect(shownFragments(outcome)).toEqual([
      'political-dialogue-3',
      'political-dialogue-1',
      '',
      'overview-photograph',
    ]);
  });
});

describe('rankOf', () => {
  it('is the position of the first link that answers, whichever answer it is', () => {
    expect(rankOf(['a', 'b', 'c'], ['c', 'b'])).toBe(2);
    expect(rankOf(['a', 'b', 'c'], ['a'])).toBe(1);
  });
  it('is null when no link shown answers', () => {
    expect(rankOf(['a', 'b'], ['z'])).toBeNull();
    expect(rankOf([], ['z'])).toBeNull();
  });
});

describe('relevanceFigures', () => {
  it('counts recall at 1 and 3 and the mean reciprocal rank, a miss counting 0', () => {
    expect(relevanceFigures([1, 2, 4, null])).toEqual({
      queries: 4,
      recallAt1: 0.25,
      recallAt3: 0.5,
      meanReciprocalRank: (1 + 1 / 2 + 1 / 4 + 0) / 4,
    });
  });
  it('gives zeros for no queries rather than dividing by zero', () => {
    expect(relevanceFigures([])).toEqual({ queries: 0, recallAt1: 0, recallAt3: 0, meanReciprocalRank: 0 });
  });
});
