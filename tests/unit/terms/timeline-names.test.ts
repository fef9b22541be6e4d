import { describe, expect, it } from 'vitest';
import { readTermsFile } from '../../../src/terms/terms-file.ts';
import { timelineNameProblems } from '../../../src/terms/timeline-names.ts';

const terms = readTermsFile(
  `terms:
  - slug: prt
    kind: abbreviation
    spelling: PRT
    otherSpellings: [Provincial Reconstruction Team]
    description: A team (not from the text).
  - slug: parwan-province
    kind: place
    spelling: Parwan Province
    description: A province (not from the text).
  - slug: ban-ki-moon
    kind: person
    spelling: Ban Ki-Moon
    description: A minister (not from the text).
`,
  'content/terms.yaml',
);

const entry = (people: string[], places: string[]) => ({ name: 'event "e"', path: ['events', 0], people, places });

describe('timelineNameProblems', () => {
  it('accepts people and places listed in the terms file as people and places', () => {
    expect(timelineNameProblems([entry(['Ban Ki-Moon'], ['Parwan Province'])], terms, 'content/timeline.yaml')).toEqual(
      [],
    );
  });
  it('names the timeline entry and field of a name the terms file lacks, or has as another kind', () => {
    expect(
      timelineNameProblems([entry(['Ban Ki-moon'], ['Parwan Province', 'PRT'])], terms, 'content/timeline.yaml').map(
        (problem) => problem.what,
      ),
    ).toEqual([
      'event "e", field "people[0]": "Ban Ki-moon" is not in content/terms.yaml; list it there as a person, in the text’s spelling, or write it here as the terms file does',
      'event "e", field "places[1]": "PRT" is a abbreviation in content/terms.yaml (term "prt"), not a place; list it there as a place, in the text’s spelling, or write it here as the terms file does',
    ]);
  });
});
