import { describe, expect, it } from 'vitest';
import { buildWithChange } from '../../tools/build.ts';

/**
 * Each fixture is the real project with one mistake an editor of the
 * timeline could make. The build must stop and name the file, the event and
 * the field. Each copy has caches of its own, so builds can overlap.
 */
/** Two builds at a time: enough to halve the wait, not so many that other tests starve. */
const MAX_BUILDS = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function withBuildSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_BUILDS) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

function buildWith(file: string, edit: (text: string) => string) {
  return withBuildSlot(() => buildWithChange(file, edit, 'timeline-bad-input-'));
}

const DATA = 'content/timeline.yaml';

/** Replaces one line of an event, found by the event's id. */
const inEvent = (id: string, from: RegExp, to: string) => (text: string) =>
  text.replace(new RegExp(`(- id: ${id}\\n(?:    .*\\n)*?)    ${from.source}\\n`), to === '' ? '$1' : `$1    ${to}\n`);

describe.concurrent(
  'a broken timeline fails the build, naming the file, the event and the field',
  { timeout: 240_000 },
  () => {
    it('a malformed date', async () => {
      const result = await buildWith(DATA, inEvent('ipcp', /date: .*/, 'date: September 2012'));
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(
        'content/timeline.yaml: event "ipcp", field "date": "September 2012" is not a date: write a year (2005), a month (2012-09) or a day (2016-10-06)',
      );
    });

    it('an end before its start', async () => {
      const result = await buildWith(DATA, inEvent('parwan-prt', /end: .*/, 'end: 2009'));
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(
        'content/timeline.yaml: event "parwan-prt", field "end": 2009 is not after the start, 2010; a span must end after it begins',
      );
    });

    it('a missing title', async () => {
      const result = await buildWith(DATA, inEvent('staff-talks-seoul', /title: .*/, ''));
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(
        'content/timeline.yaml: event "staff-talks-seoul", field "title": missing; it must be a short title',
      );
    });

    it('a source that names no paragraph on the site', async () => {
      const result = await buildWith(DATA, inEvent('staff-talks-seoul', /source: .*/, 'source: political-dialogue-9'));
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(
        'content/timeline.yaml: event "staff-talks-seoul", field "source": "political-dialogue-9" names no paragraph of a source section',
      );
      expect(result.output).toContain(
        'The source paragraphs are: overview-1, overview-2, overview-3, overview-photograph',
      );
    });

    it('a source in the timeline’s own editorial text', async () => {
      const result = await buildWith(DATA, inEvent('ipcp', /source: .*/, 'source: timeline-1'));
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(
        'content/timeline.yaml: event "ipcp", field "source": "timeline-1" names no paragraph of a source section',
      );
    });

    it('two events with the same id', async () => {
      const result = await buildWith(DATA, (text) =>
        text.replace('- id: demilitarized-zone', '- id: secretary-general-visit'),
      );
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(
        'content/timeline.yaml: event "secretary-general-visit", field "id": "secretary-general-visit" is already used by event #9 in events; each entry needs its own id',
      );
    });

    it('an introduction not marked editorial', async () => {
      const result = await buildWith('content/sections/timeline.mdx', (text) =>
        text.replace(/<div data-editorial[^>]*>\n|<\/div>\n/g, ''),
      );
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('content/sections/timeline.mdx: this section is editorial, but paragraph 1');
      expect(result.output).toContain('is not marked as editorial; wrap it in <div data-editorial> … </div>');
    });
  },
);
