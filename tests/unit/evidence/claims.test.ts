import { describe, expect, it } from 'vitest';
import { figuresIn, hasPhrase, namesIn, numberWordsIn, unsupportedInClaim } from '../../../src/evidence/claims.ts';

const PARAGRAPH_2 =
  'At the meeting of the foreign ministers of ISAF contributing nations in April 2011, the Republic of Korea announced its plan to contribute a generous US$ 500 million over five years to support the development of the Afghan National Security Forces and the socio-economic development of Afghanistan. Under this commitment, some US$75 million has been donated\u00a0to the Afghan National Army Trust Fund between 2011 and 2012.';

describe('namesIn', () => {
  it('reads runs of capitalised words, joined by of, for, and, the', () => {
    expect(
      namesIn(
        'NATO Assistant Secretary General for Political Affairs and Security Policy Dirk Brengelmann travelled to Seoul.',
      ),
    ).toEqual([
      {
        name: 'NATO Assistant Secretary General for Political Affairs and Security Policy Dirk Brengelmann',
        initial: true,
      },
      { name: 'Seoul', initial: false },
    ]);
  });

  it('ends a name at a possessive, and marks the start of a sentence or of a clause after a colon', () => {
    expect(namesIn('The Republic of Korea’s Provincial Reconstruction Team')).toEqual([
      { name: 'The Republic of Korea’s', initial: true },
      { name: 'Provincial Reconstruction Team', initial: false },
    ]);
    expect(namesIn('Photograph: Jens Stoltenberg')).toEqual([
      { name: 'Photograph', initial: true },
      { name: 'Jens Stoltenberg', initial: true },
    ]);
  });
});

describe('figuresIn and numberWordsIn', () => {
  it('reads figures as written, an amount with its currency and its kind of space', () => {
    expect(figuresIn('US$ 500 million, some US$75 million, 470 personnel, 2010 to 2013').map((f) => f.figure)).toEqual([
      'US$ 500',
      'US$75',
      '470',
      '2010',
      '2013',
    ]);
  });

  it('reads number words, also inside a hyphenated word', () => {
    expect(numberWordsIn('a three-day visit, the fifth round, over five years')).toEqual(['three', 'fifth', 'five']);
  });
});

describe('hasPhrase', () => {
  it('finds whole words only, a possessive or a hyphenated suffix allowed', () => {
    expect(hasPhrase('NATO’s “partners across the globe”', 'NATO')).toBe(true);
    expect(hasPhrase('the NATO-led operation', 'NATO')).toBe(true);
    expect(hasPhrase('Koreans', 'Korea')).toBe(false);
  });
});

describe('unsupportedInClaim', () => {
  it('accepts a sentence whose names, figures and number words all stand in its quotes', () => {
    expect(
      unsupportedInClaim(
        'At the meeting of the foreign ministers of ISAF contributing nations, the Republic of Korea announced its plan to contribute US$ 500 million over five years.',
        [PARAGRAPH_2],
      ),
    ).toEqual([]);
  });

  it('names a person, place or month that no quote gives', () => {
    expect(
      unsupportedInClaim('Jens Stoltenberg meets Foreign Minister Yun Byung-se in Seoul in October 2016.', [
        'NATO Secretary General Jens Stoltenberg and Foreign Minister Yun Byung-se of the Republic of Korea',
      ]),
    ).toEqual([
      '“Seoul” is in none of its quotes',
      '“October” is in none of its quotes',
      '“2016” is in none of its quotes',
    ]);
  });

  it('lets a name that starts the sentence drop its first word, and a possessive', () => {
    expect(unsupportedInClaim('The Republic of Korea’s plan.', ['the Republic of Korea announced'])).toEqual([]);
    expect(unsupportedInClaim('The Korean plan.', ['the Republic of Korea announced'])).toEqual([
      '“Korean” is in none of its quotes',
    ]);
  });

  it('splits two names joined by "and" when the quotes have them apart', () => {
    expect(
      unsupportedInClaim('Talks between NATO and the Republic of Korea.', ['NATO’s partner', 'the Republic of Korea']),
    ).toEqual([]);
  });

  it('keeps the text’s approximation: "some US$75 million" is not "US$75 million"', () => {
    expect(unsupportedInClaim('US$75 million donated.', [PARAGRAPH_2])).toEqual([
      '“US$75” leaves out “some”: the text says “some US$75”',
    ]);
    expect(unsupportedInClaim('Some US$75 million donated.', [PARAGRAPH_2])).toEqual([]);
  });

  it('tells a figure written with another kind of space from a missing one', () => {
    expect(unsupportedInClaim('The plan: US$\u00a0500 million.', ['a generous US$ 500 million'])).toEqual([
      '“US$\u00a0500” is written in the text with a plain space: “US$ 500”',
    ]);
  });

  it('names a number word that no quote has', () => {
    expect(unsupportedInClaim('A four-day visit.', ['a three-day visit'])).toEqual(['“four” is in none of its quotes']);
  });
});
