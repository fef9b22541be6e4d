import { describe, expect, it } from 'vitest';
import { evidenceProblems, passageList, type Claim } from '../../../src/evidence/evidence-check.ts';
import { parsePartialDate } from '../../../src/source/dates.ts';

const PRACTICAL_1 = {
  id: 'practical-cooperation-1',
  texts: [
    'The Republic of Korea is a significant contributor to stabilisation efforts in Afghanistan. From 2010 to 2013, the country led an integrated civilian-military Provincial Reconstruction Team (PRT) of some 470 personnel in Parwan Province, which helped build the capacity of the provincial government in the areas of health, education, rural development and governance. As part of the process of transitioning responsibility for security in Afghanistan to Afghan lead, the PRT was phased out and its responsibilities handed over to Afghan authorities. Much of the Korean contingent was reinvested in Bagram, instead of being withdrawn.',
  ],
};
const POLITICAL_2 = {
  id: 'political-dialogue-2',
  texts: [
    'In November 2012, NATO Assistant Secretary General for Political Affairs and Security Policy Dirk Brengelmann travelled to Seoul to hold the fifth round of annual high-level staff talks with the foreign ministry, which focused on taking forward the implementation of the Individual Partnership and Cooperation Programme.',
  ],
};
const PHOTOGRAPH = {
  id: 'overview-photograph',
  texts: [
    'NATO Secretary General Jens Stoltenberg and the Minister of Foreign Affairs of the Republic of Korea, Yun Byung-se',
    'NATO Secretary General Jens Stoltenberg and Foreign Minister Yun Byung-se of the Republic of Korea (October 2016)',
  ],
};

const claim = (fields: Partial<Claim>): Claim => ({
  quotes: [],
  quotesField: 'evidence',
  cited: [POLITICAL_2],
  citedName: 'political-dialogue-2',
  everyPassage: [PRACTICAL_1, POLITICAL_2, PHOTOGRAPH],
  sentences: [],
  ...fields,
});

const TALKS = POLITICAL_2.texts[0]!;

describe('evidenceProblems', () => {
  it('accepts quotes found word for word, and a claim they support', () => {
    expect(
      evidenceProblems(
        claim({
          quotes: [TALKS.slice(0, TALKS.indexOf(' to hold'))],
          sentences: [{ field: 'title', text: 'Dirk Brengelmann travels to Seoul' }],
          names: [{ field: 'people[0]', name: 'Dirk Brengelmann' }],
          dates: [{ field: 'date', date: parsePartialDate('2012-11') }],
        }),
      ),
    ).toEqual([]);
  });

  it('shows the closest passage and the word that differs for a quote that is not in the text', () => {
    expect(
      evidenceProblems(
        claim({ quotes: ['travelled to Seoul to hold the sixth round of annual high-level staff talks'] }),
      ),
    ).toEqual([
      {
        field: 'evidence[0]',
        what: '“travelled to Seoul to hold the sixth round of annual high-level staff…” is not in political-dialogue-2; the closest passage there is “travelled to Seoul to hold the fifth round of annual high-level staff…”: it has “sixth” where the text has “fifth”',
      },
    ]);
  });

  it('tells a quote that differs only in a non-breaking space', () => {
    const passage = {
      id: 'practical-cooperation-2',
      texts: ['some US$75 million has been donated\u00a0to the Afghan National Army Trust Fund'],
    };
    expect(
      evidenceProblems(
        claim({ cited: [passage], citedName: passage.id, quotes: ['has been donated to the Afghan National Army'] }),
      ),
    ).toEqual([
      {
        field: 'evidence[0]',
        what: '“has been donated to the Afghan National Army” is not in practical-cooperation-2: the text has a non-breaking space (U+00A0) after “donated” where the quote has a plain space; copy the words from the text',
      },
    ]);
  });

  it('says where a quote from a passage the claim does not cite stands', () => {
    expect(evidenceProblems(claim({ quotes: ['Much of the Korean contingent was reinvested in Bagram'] }))).toEqual([
      {
        field: 'evidence[0]',
        what: '“Much of the Korean contingent was reinvested in Bagram” is not in political-dialogue-2 but in practical-cooperation-1: cite that passage too (alsoIn), or quote the cited one',
      },
    ]);
  });

  it('names a person the cited passage does not, and one it does but no quote gives', () => {
    expect(
      evidenceProblems(
        claim({
          quotes: ['travelled to Seoul'],
          names: [
            { field: 'people[0]', name: 'Ban Ki-Moon' },
            { field: 'people[1]', name: 'Dirk Brengelmann' },
          ],
        }),
      ),
    ).toEqual([
      {
        field: 'people[0]',
        what: '“Ban Ki-Moon” is not in political-dialogue-2; list only the people and places the cited text names, as it spells them',
      },
      {
        field: 'people[1]',
        what: '“Dirk Brengelmann” is in political-dialogue-2 but in none of the quotes; add a quote that names it',
      },
    ]);
  });

  it('wants the month of a month-precision date in a quote, and points to the words that give it', () => {
    expect(
      evidenceProblems(
        claim({ quotes: ['travelled to Seoul'], dates: [{ field: 'date', date: parsePartialDate('2012-11') }] }),
      ),
    ).toEqual([
      {
        field: 'date',
        what: 'none of the quotes says November 2012; political-dialogue-2 has “November 2012”: quote the words that give the date',
      },
    ]);
  });

  it('catches what the first timeline said beyond the text', () => {
    // The Parwan entry put the phase-out and the move to Bagram inside 2010–2013, on the dated sentence alone.
    const parwan = evidenceProblems(
      claim({
        cited: [PRACTICAL_1],
        citedName: PRACTICAL_1.id,
        quotes: [
          'From 2010 to 2013, the country led an integrated civilian-military Provincial Reconstruction Team (PRT) of some 470 personnel in Parwan Province',
        ],
        sentences: [
          {
            field: 'summary',
            text: 'The Republic of Korea leads a civilian-military team of some 470 personnel, until it is phased out and its contingent largely moves to Bagram.',
          },
        ],
        names: [{ field: 'places[2]', name: 'Bagram' }],
      }),
    );
    expect(parwan).toEqual([
      {
        field: 'places[2]',
        what: '“Bagram” is in practical-cooperation-1 but in none of the quotes; add a quote that names it',
      },
      { field: 'summary', what: '“Republic of Korea” is in none of its quotes' },
      { field: 'summary', what: '“Bagram” is in none of its quotes' },
    ]);
    // The trust fund's title dropped the text's "some".
    expect(
      evidenceProblems(
        claim({
          cited: [{ id: 'practical-cooperation-2', texts: ['some US$75 million has been donated'] }],
          citedName: 'practical-cooperation-2',
          quotes: ['some US$75 million has been donated'],
          sentences: [{ field: 'title', text: 'US$75 million donated to the Afghan National Army Trust Fund' }],
        }),
      ),
    ).toContainEqual({ field: 'title', what: '“US$75” leaves out “some”: the text says “some US$75”' });
  });
});

describe('passageList', () => {
  it('names one passage, or several with "or"', () => {
    expect(passageList(['overview-1'])).toBe('overview-1');
    expect(passageList(['overview-1', 'overview-2', 'overview-3'])).toBe('overview-1, overview-2 or overview-3');
  });
});
