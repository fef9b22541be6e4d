import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/search/edit-distance.ts';

describe('editDistance', () => {
  it('is nothing between a word and itself', () => {
    expect(editDistance('seoul', 'seoul')).toBe(0);
    expect(editDistance('', '')).toBe(0);
  });
  it('counts one edit for a letter inserted, deleted or replaced', () => {
    expect(editDistance('seol', 'seoul')).toBe(1);
    expect(editDistance('rasmusssen', 'rasmussen')).toBe(1);
    expect(editDistance('bagrum', 'bagram')).toBe(1);
  });
  it('counts two neighbouring letters swapped as one edit', () => {
    expect(editDistance('stoltenbreg', 'stoltenberg')).toBe(1);
    expect(editDistance('piarcy', 'piracy')).toBe(1);
    expect(editDistance('ntao', 'nato')).toBe(1);
  });
  it('adds up several edits, whichever word is longer', () => {
    expect(editDistance('brengleman', 'brengelmann')).toBe(2);
    expect(editDistance('brengelmann', 'brengleman')).toBe(2);
    expect(editDistance('money', 'month')).toBe(2);
    expect(editDistance('', 'nato')).toBe(4);
    expect(editDistance('xylophone', 'interoperability')).toBeGreaterThan(5);
  });
});
