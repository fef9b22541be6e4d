import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../../src/source/dates.ts';
import {
  FILE_POSITION,
  checkSources,
  entriesByPassage,
  eventAnchor,
  groupByYear,
  inFileOrder,
  timelineEvents,
  undatedActivities,
} from '../../../src/timeline/timeline.ts';
import type { TimelineEventData } from '../../../src/timeline/schema.ts';

function event(id: string, date: string, fields: Partial<TimelineEventData> = {}): TimelineEventData {
  return {
    id,
    date: parsePartialDate(date),
    title: `Title of ${id}`,
    summary: 'One sentence.',
    source: 'overview-1',
    alsoIn: [],
    people: [],
    places: [],
    evidence: ['A quote.'],
    aliases: [],
    ...fields,
  };
}

describe('eventAnchor', () => {
  it('is event-<start at its precision>-<id>', () => {
    expect(eventAnchor(event('ipcp', '2012-09'))).toBe('event-2012-09-ipcp');
    expect(eventAnchor(event('dialogue-begins', '2005'))).toBe('event-2005-dialogue-begins');
    expect(eventAnchor(event('meeting', '2016-10-06'))).toBe('event-2016-10-06-meeting');
    expect(eventAnchor(event('prt', '2010', { end: parsePartialDate('2013') }))).toBe('event-2010-prt');
  });
});

describe('timelineEvents', () => {
  it('orders events chronologically, a year-only date after that year’s precise dates', () => {
    const events = timelineEvents([
      event('visit', '2013-04'),
      event('fund', '2011', { end: parsePartialDate('2012') }),
      event('dialogue', '2005'),
      event('pledge', '2011-04'),
    ]);
    expect(events.map((e) => e.id)).toEqual(['dialogue', 'pledge', 'fund', 'visit']);
  });

  it('keeps the given order for events on the same date', () => {
    const events = timelineEvents([
      event('visit', '2013-04'),
      event('dmz', '2013-04'),
      event('begins', '2005'),
      event('ban', '2005'),
    ]);
    expect(events.map((e) => e.id)).toEqual(['begins', 'ban', 'visit', 'dmz']);
  });

  it('adds the anchor, the readable date or span and the year', () => {
    const [prt] = timelineEvents([event('prt', '2010', { end: parsePartialDate('2013') })]);
    expect(prt).toMatchObject({ anchor: 'event-2010-prt', when: '2010–2013', year: 2010 });
  });

  it('names a span with an en dash for the eye and with "to" for the ear', () => {
    const [prt, visit] = timelineEvents([
      event('prt', '2010', { end: parsePartialDate('2013') }),
      event('visit', '2013-04'),
    ]);
    expect(prt).toMatchObject({ label: '2010–2013: Title of prt', spokenLabel: '2010 to 2013: Title of prt' });
    expect(visit).toMatchObject({ label: 'April 2013: Title of visit', spokenLabel: 'April 2013: Title of visit' });
  });
});

describe('inFileOrder', () => {
  it('restores the order of the data file from the recorded positions', () => {
    const stored = [
      { id: 'b', [FILE_POSITION]: 1 },
      { id: 'c', [FILE_POSITION]: 2 },
      { id: 'a', [FILE_POSITION]: 0 },
    ];
    expect(inFileOrder(stored).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('groupByYear', () => {
  it('groups consecutive events by start year, a span under the year it starts', () => {
    const groups = groupByYear(
      timelineEvents([
        event('a', '2010'),
        event('b', '2010', { end: parsePartialDate('2013') }),
        event('c', '2012-09'),
        event('d', '2012-11'),
      ]),
    );
    expect(groups.map((g) => [g.year, g.events.map((e) => e.id)])).toEqual([
      [2010, ['a', 'b']],
      [2012, ['c', 'd']],
    ]);
  });
});

describe('entriesByPassage', () => {
  it('lists for each passage the entries that cite it as source or in alsoIn, once each', () => {
    const events = [
      event('ipcp', '2012-09', { source: 'overview-1', alsoIn: ['overview-3'] }),
      event('begins', '2005', { source: 'political-dialogue-1', alsoIn: ['overview-1', 'overview-1'] }),
    ];
    const map = entriesByPassage(events);
    expect([...map.keys()].sort()).toEqual(['overview-1', 'overview-3', 'political-dialogue-1']);
    expect(map.get('overview-1')?.map((e) => e.id)).toEqual(['ipcp', 'begins']);
    expect(map.get('overview-3')?.map((e) => e.id)).toEqual(['ipcp']);
  });
});

describe('undatedActivities', () => {
  it('gives each activity the anchor undated-<id>', () => {
    const [escorts] = undatedActivities([
      {
        id: 'escorts',
        title: 'Escorts',
        summary: 'One sentence.',
        source: 'practical-cooperation-3',
        alsoIn: [],
        people: [],
        places: [],
        evidence: ['A quote.'],
        aliases: [],
      },
    ]);
    expect(escorts?.anchor).toBe('undated-escorts');
  });
});

describe('checkSources', () => {
  const known = ['overview-1', 'overview-2', 'overview-photograph', 'political-dialogue-1'];

  it('accepts sources that name a passage', () => {
    expect(() =>
      checkSources(
        'content/timeline.yaml',
        { events: [event('a', '2005', { alsoIn: ['overview-photograph'] })], undated: [] },
        known,
      ),
    ).not.toThrow();
  });

  it('names the file, the entry and the field of every source that names no passage, and lists the passages', () => {
    const run = () =>
      checkSources(
        'content/timeline.yaml',
        {
          events: [
            event('a', '2005', { source: 'overview-9' }),
            event('b', '2005', { alsoIn: ['timeline-1', 'overview-1'] }),
          ],
          undated: [{ id: 'escorts', source: 'practical-cooperation-3', alsoIn: [] }],
        },
        known,
      );
    expect(run).toThrow(
      [
        'content/timeline.yaml: event "a", field "source": "overview-9" names no paragraph of a source section',
        'content/timeline.yaml: event "b", field "alsoIn": "timeline-1" names no paragraph of a source section',
        'content/timeline.yaml: event "b", field "alsoIn": "overview-1" is already the source',
        'content/timeline.yaml: undated activity "escorts", field "source": "practical-cooperation-3" names no paragraph of a source section',
      ].join('\n'),
    );
    expect(run).toThrow(
      expect.objectContaining({
        hint: 'Cite a paragraph by its id. The source paragraphs are: overview-1, overview-2, overview-photograph, political-dialogue-1',
      }),
    );
  });
});
