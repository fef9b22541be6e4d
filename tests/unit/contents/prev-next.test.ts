import { describe, expect, it } from 'vitest';
import { neighbours } from '../../../src/contents/prev-next.ts';

describe('neighbours', () => {
  const sections = ['overview', 'practical-cooperation', 'political-dialogue'];
  it('gives previous and next in reading order, none past the ends', () => {
    expect(neighbours(sections, 0)).toEqual({ next: 'practical-cooperation' });
    expect(neighbours(sections, 1)).toEqual({ previous: 'overview', next: 'political-dialogue' });
    expect(neighbours(sections, 2)).toEqual({ previous: 'practical-cooperation' });
    expect(neighbours(sections, -1)).toEqual({});
  });
});
