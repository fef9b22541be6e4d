import { describe, expect, it } from 'vitest';
import { closestWord, editsAllowed, nearestWords } from '../../../src/search/close-spellings.ts';
import type { VocabularyWord } from '../../../src/search/vocabulary.ts';

const vocabulary = (...entries: [string, number][]): VocabularyWord[] =>
  entries.map(([word, count]) => ({ word, count }));

describe('editsAllowed', () => {
  it('allows no edit up to three letters, one up to five, two from six', () => {
    expect([2, 3, 4, 5, 6, 12].map(editsAllowed)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('closestWord', () => {
  const text = vocabulary(['Rasmussen', 5], ['Republic', 22], ['Brengelmann', 2], ['Seoul', 2], ['piracy', 1]);

  it('corrects a missing, an extra and a wrong letter, and two swapped letters as one edit', () => {
    expect(closestWord('Rasmusen', text)).toBe('Rasmussen');
    expect(closestWord('Seol', text)).toBe('Seoul');
    expect(closestWord('piarcy', text)).toBe('piracy');
    expect(closestWord('Brengleman', text)).toBe('Brengelmann');
  });

  it('ignores case and gives the word as the text writes it', () => {
    expect(closestWord('rasmusen', text)).toBe('Rasmussen');
    expect(closestWord('seol', text)).toBe('Seoul');
  });

  it('offers nothing too far away for the length of the word', () => {
    // Two edits in a five-letter word: "money" is not a slip for "month".
    expect(closestWord('money', vocabulary(['month', 3]))).toBeUndefined();
    expect(closestWord('xylophone', text)).toBeUndefined();
  });

  it('never corrects a short word, a number or a word into a stop word', () => {
    expect(closestWord('Sel', vocabulary(['Seoul', 1], ['Sea', 4]))).toBeUndefined();
    expect(closestWord('2015', vocabulary(['2016', 1]))).toBeUndefined();
    expect(closestWord('thee', vocabulary(['there', 9]))).toBeUndefined();
  });

  it('corrects an abbreviation in capitals into another one only, never into a lowercase word', () => {
    const words = vocabulary(['NATO', 20], ['nato', 1], ['ANSF', 1], ['and', 50], ['anna', 3]);
    expect(closestWord('NATP', words)).toBe('NATO');
    expect(closestWord('ANA', words)).toBeUndefined();
    expect(closestWord('ANNA', vocabulary(['anna', 3]))).toBeUndefined();
  });

  it('breaks a tie by the word the text uses more often, then by the alphabet', () => {
    // "tabl" is one edit from both.
    expect(closestWord('tabl', vocabulary(['tabla', 1], ['tall', 9]))).toBe('tall');
    expect(closestWord('tabl', vocabulary(['tall', 2], ['tabla', 2]))).toBe('tabla');
    // A closer word wins whatever the counts.
    expect(closestWord('Koreann', vocabulary(['Korean', 1], ['Korea', 30]))).toBe('Korean');
  });
});

describe('nearestWords', () => {
  it('offers up to three words, one edit looser than a correction, closest first', () => {
    const words = vocabulary(['Parwan', 1], ['partners', 4], ['partner', 2], ['party', 1], ['Paris', 1]);
    expect(nearestWords('Parwn', words)).toEqual(['Parwan', 'Paris', 'party']);
    expect(nearestWords('partnr', words)).toEqual(['partner', 'partners', 'party']);
  });
  it('offers nothing for a word of one or two letters', () => {
    expect(nearestWords('pa', vocabulary(['Paris', 1]))).toEqual([]);
  });
});
