import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../../src/source/dates.ts';
import { timelineEvents, undatedActivities } from '../../../src/timeline/timeline.ts';
import { timelineEventJson, undatedActivityJson } from '../../../src/timeline/json.ts';

const context = {
  anchorUrl: (anchor: string) => `https://example.org/nato-rok/timeline/#${anchor}`,
  passage: (id: string) => ({
    id,
    kind: 'paragraph' as const,
    section: 'Practical cooperation',
    url: `https://example.org/nato-rok/practical-cooperation/#${id}`,
  }),
  evidence: (item: { evidence: readonly string[]; source: string }) =>
    item.evidence.map((quote) => ({ quote, passage: item.source })),
};

describe('timelineEventJson', () => {
  it('gives the date at its precision, the span, and absolute URLs of the anchor and the sources', () => {
    const [prt] = timelineEvents([
      {
        id: 'parwan-prt',
        date: parsePartialDate('2010'),
        end: parsePartialDate('2013'),
        title: 'Team in Parwan',
        summary: 'A team.',
        source: 'practical-cooperation-1',
        alsoIn: ['practical-cooperation-2'],
        people: [],
        places: ['Parwan Province'],
        evidence: ['From 2010 to 2013, the country led'],
        aliases: ['event-2010-prt'],
      },
    ]);
    expect(timelineEventJson(prt!, context)).toEqual({
      id: 'event-2010-parwan-prt',
      key: 'parwan-prt',
      date: '2010',
      precision: 'year',
      end: '2013',
      endPrecision: 'year',
      when: '2010–2013',
      year: 2010,
      title: 'Team in Parwan',
      summary: 'A team.',
      people: [],
      places: ['Parwan Province'],
      url: 'https://example.org/nato-rok/timeline/#event-2010-parwan-prt',
      source: {
        id: 'practical-cooperation-1',
        kind: 'paragraph',
        section: 'Practical cooperation',
        url: 'https://example.org/nato-rok/practical-cooperation/#practical-cooperation-1',
      },
      alsoIn: [
        {
          id: 'practical-cooperation-2',
          kind: 'paragraph',
          section: 'Practical cooperation',
          url: 'https://example.org/nato-rok/practical-cooperation/#practical-cooperation-2',
        },
      ],
      evidence: [
        {
          quote: 'From 2010 to 2013, the country led',
          passage: {
            id: 'practical-cooperation-1',
            kind: 'paragraph',
            section: 'Practical cooperation',
            url: 'https://example.org/nato-rok/practical-cooperation/#practical-cooperation-1',
          },
        },
      ],
      aliases: ['event-2010-prt'],
    });
  });

  it('writes null for the end of an event that is no span', () => {
    const [pledge] = timelineEvents([
      {
        id: 'pledge',
        date: parsePartialDate('2011-04'),
        title: 'Pledge',
        summary: 'A pledge.',
        source: 'practical-cooperation-2',
        alsoIn: [],
        people: [],
        places: [],
        evidence: ['announced its plan'],
        aliases: [],
      },
    ]);
    expect(timelineEventJson(pledge!, context)).toMatchObject({
      date: '2011-04',
      precision: 'month',
      end: null,
      endPrecision: null,
      when: 'April 2011',
    });
  });
});

describe('undatedActivityJson', () => {
  it('has no date fields at all', () => {
    const [escorts] = undatedActivities([
      {
        id: 'escorts',
        title: 'Escorts',
        summary: 'Escorts.',
        source: 'practical-cooperation-3',
        alsoIn: [],
        people: [],
        places: ['Gulf of Aden'],
        evidence: ['piracy in the Gulf of Aden'],
        aliases: [],
      },
    ]);
    const json = undatedActivityJson(escorts!, context);
    expect(json).toMatchObject({
      id: 'undated-escorts',
      key: 'escorts',
      url: 'https://example.org/nato-rok/timeline/#undated-escorts',
    });
    expect(Object.keys(json)).not.toContain('date');
  });
});
