import { describe, expect, it } from 'vitest';
import { readTimelineFile } from '../../../src/timeline/file.ts';
import { problemLine, type EditorError } from '../../../src/errors/editor-error.ts';

const FILE = 'content/timeline.yaml';

const event = (fields: Record<string, string | undefined>) =>
  Object.entries({
    id: 'ipcp',
    date: '2012-09',
    title: 'Programme signed',
    summary: 'NATO and the Republic of Korea sign a programme.',
    source: 'overview-1',
    evidence: '[the signature of an Individual Partnership and Cooperation Programme]',
    ...fields,
  })
    .filter(([, value]) => value !== undefined)
    .map(([key, value], index) => `${index === 0 ? '  - ' : '    '}${key}: ${value}`)
    .join('\n');

const file = (...events: string[]) => `events:\n${events.join('\n')}\n`;

function problems(text: string): string[] {
  try {
    readTimelineFile(text, FILE);
  } catch (error) {
    return (error as EditorError).problems.map(problemLine);
  }
  return [];
}

describe('readTimelineFile', () => {
  it('reads events with their dates and defaults', () => {
    const result = readTimelineFile(
      file(event({ end: '2013', date: '2012', alsoIn: '[overview-3]', people: '[Jens Stoltenberg]' })),
      FILE,
    );
    expect(result.parsedEvents).toEqual([
      {
        id: 'ipcp',
        date: { iso: '2012', precision: 'year', year: 2012 },
        end: { iso: '2013', precision: 'year', year: 2013 },
        title: 'Programme signed',
        summary: 'NATO and the Republic of Korea sign a programme.',
        source: 'overview-1',
        alsoIn: ['overview-3'],
        people: ['Jens Stoltenberg'],
        places: [],
        evidence: ['the signature of an Individual Partnership and Cooperation Programme'],
        aliases: [],
      },
    ]);
    expect(result.events[0]?.['date']).toBe('2012');
  });

  it('keeps every value as text, so a bare year or day is never turned into a number or timestamp', () => {
    const result = readTimelineFile(file(event({ date: '2016-10-06' })), FILE);
    expect(result.parsedEvents[0]?.date.iso).toBe('2016-10-06');
  });

  it.each([
    [
      'a malformed date',
      { date: 'September 2012' },
      'event "ipcp", field "date": "September 2012" is not a date: write a year (2005), a month (2012-09) or a day (2016-10-06)',
    ],
    ['an impossible month', { date: '2012-13' }, 'event "ipcp", field "date": "2012-13" has no month 13'],
    [
      'a missing date',
      { date: undefined },
      'event "ipcp", field "date": missing; it must be a year, a month or a day, e.g. date: 2012-09',
    ],
    [
      'an end before the start',
      { date: '2013', end: '2010' },
      'event "ipcp", field "end": 2010 is not after the start, 2013; a span must end after it begins',
    ],
    [
      'an end inside the start',
      { date: '2012', end: '2012-11' },
      'event "ipcp", field "end": 2012-11 is not after the start, 2012',
    ],
    ['a missing title', { title: undefined }, 'event "ipcp", field "title": missing; it must be a short title'],
    ['an empty title', { title: "''" }, 'event "ipcp", field "title": empty; give a short title'],
    [
      'two sentences of summary',
      { summary: 'One thing. Then another.' },
      'event "ipcp", field "summary": must be exactly one sentence',
    ],
    [
      'a missing source',
      { source: undefined },
      'event "ipcp", field "source": missing; it must be the id of a source paragraph',
    ],
    [
      'a source that is no id',
      { source: 'Overview, paragraph 1' },
      'event "ipcp", field "source": must be the id of a source paragraph',
    ],
    ['a bad key', { id: 'IPCP 2012' }, 'event "IPCP 2012", field "id": must be lowercase letters, digits and hyphens'],
    [
      'an unknown field',
      { sources: 'overview-1' },
      'event "ipcp": unknown field "sources"; the fields are id, title, summary, source, alsoIn, people, places, evidence, aliases, date, end',
    ],
    [
      'no evidence',
      { evidence: undefined },
      'event "ipcp", field "evidence": missing; it must be a list of exact quotes from the cited passages',
    ],
    [
      'an empty list of evidence',
      { evidence: '[]' },
      'event "ipcp", field "evidence": needs at least one quote from the cited passages',
    ],
  ])('reports %s, naming the file, the event and the field', (_, fields, message) => {
    expect(problems(file(event(fields)))).toContainEqual(expect.stringContaining(`${FILE}: ${message}`));
  });

  it('reports an event without an id by its place in the list', () => {
    expect(problems(file(event({ id: undefined })))).toContainEqual(
      expect.stringContaining(`${FILE}: event #1 (no id), field "id": missing`),
    );
  });

  it('reports two events with the same id', () => {
    const found = problems(file(event({}), event({ date: '2013' })));
    expect(found).toEqual([
      `${FILE}: event "ipcp", field "id": "ipcp" is already used by event #1 in events; each entry needs its own id`,
    ]);
  });

  it('reports an undated activity with the same id as an event', () => {
    const text = `${file(event({}))}undated:\n${event({ date: undefined })}\n`;
    expect(problems(text)).toEqual([
      `${FILE}: undated activity "ipcp", field "id": "ipcp" is already used by event #1 in events; each entry needs its own id`,
    ]);
  });

  it('refuses a date on an undated activity', () => {
    const text = `${file(event({ id: 'a' }))}undated:\n${event({ id: 'b' })}\n`;
    expect(problems(text)).toContainEqual(
      expect.stringContaining(
        'undated activity "b": an undated activity has no date; an activity with a date belongs under events',
      ),
    );
  });

  it('reports every problem of the file at once', () => {
    const found = problems(file(event({ id: 'a', date: '2012-9' }), event({ id: 'b', title: undefined })));
    expect(found).toHaveLength(2);
  });

  it('reports broken YAML and duplicate keys with the file name', () => {
    expect(problems('events:\n  - id: a\n    id: b\n')[0]).toBe('content/timeline.yaml:3:5: Map keys must be unique');
    expect(problems('events: [\n')[0]).toMatch(/^content\/timeline\.yaml:\d+:\d+: /);
  });

  it('reports an unknown list and an empty timeline', () => {
    expect(problems(`${file(event({}))}evnts: []\n`)).toEqual([
      `${FILE}: unknown key "evnts"; the keys are events, undated and headingAliases`,
    ]);
    expect(problems('events: []\n')).toEqual([`${FILE}: "events" is empty; the timeline needs at least one event`]);
  });

  it('keeps old permalinks of an entry as aliases, each an id nothing else uses', () => {
    expect(
      readTimelineFile(file(event({ aliases: '[event-2012-09-partnership]' })), FILE).parsedEvents[0]?.aliases,
    ).toEqual(['event-2012-09-partnership']);
    expect(problems(file(event({ aliases: '[event-2012-09-ipcp]' })))).toEqual([
      `${FILE}: event "ipcp", field "aliases[0]": "event-2012-09-ipcp" is a current id on /timeline/; an alias is an old id that nothing uses any more`,
    ]);
    expect(problems(file(event({ aliases: '[old]' }), event({ id: 'b', aliases: '[old]' })))).toEqual([
      `${FILE}: event "b", field "aliases[0]": "old" is already an alias of event "ipcp"`,
    ]);
  });

  it('keeps the anchor of a year heading that lost its last entry, pointing to a heading the page has', () => {
    const text = (aliases: string) => `${file(event({}))}headingAliases:\n${aliases}\n`;
    expect(readTimelineFile(text('  "2016": "2012"'), FILE).headingAliases).toEqual({ 2016: '2012' });
    expect(problems(text('  "2016": undated-activities'))).toEqual([
      `${FILE}: "headingAliases", field "2016": "undated-activities" is no heading of /timeline/ (headings: 2012)`,
    ]);
    expect(problems(text('  "2012": "2012"'))).toEqual([
      `${FILE}: "headingAliases", field "2012": "2012" is a current id on /timeline/; an alias is an old id that nothing uses any more`,
    ]);
  });
});
