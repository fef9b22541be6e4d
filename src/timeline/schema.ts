import { z } from 'astro/zod';
import { required, type IssueLike } from '../errors/schema-problems.ts';
import { endsAfter, parsePartialDate, type PartialDate } from '../source/dates.ts';
import { splitSentences } from '../source/source-text.ts';

/**
 * The shape of content/timeline.yaml. Every message says what the field
 * should hold, with an example, so an editor can fix the file without
 * reading code. The loader adds the file and the event's id.
 */

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PASSAGE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const key = z
  .string({ error: required('id', 'a short key of lowercase letters, digits and hyphens', 'ipcp') })
  .regex(KEY, 'must be lowercase letters, digits and hyphens, e.g. id: staff-talks-seoul');

const partialDate = (field: string) =>
  z.string({ error: required(field, 'a year, a month or a day', '2012-09') }).transform((text, ctx): PartialDate => {
    try {
      return parsePartialDate(text);
    } catch (error) {
      ctx.issues.push({ code: 'custom', input: text, message: (error as Error).message });
      return z.NEVER;
    }
  });

const title = z
  .string({ error: required('title', 'a short title', 'Partnership programme signed') })
  .trim()
  .min(1, 'empty; give a short title, e.g. title: Partnership programme signed')
  .max(100, 'longer than 100 characters; keep titles short and put detail in the summary');

const summary = z
  .string({ error: required('summary', 'one editorial sentence', 'NATO and the Republic of Korea open dialogue.') })
  .trim()
  .refine((text) => /[.!?]$/.test(text) && splitSentences(text).length === 1, {
    message: 'must be exactly one sentence ending with a full stop',
  });

const passageId = (field: string) =>
  z
    .string({ error: required(field, 'the id of a source paragraph', 'political-dialogue-2') })
    .regex(PASSAGE_ID, 'must be the id of a source paragraph, e.g. political-dialogue-2');

const names = (field: string, example: string) =>
  z
    .array(z.string().trim().min(1, 'an empty entry'), { error: required(field, 'a list', `[${example}]`) })
    .refine((list) => new Set(list).size === list.length, { message: 'a name listed twice' })
    .default([]);

/** An exact quote: trimmed only by the editor, never normalised, so its characters are the text's. */
const quote = z.string({
  error: required('evidence', 'a quote', '"In November 2012, NATO Assistant Secretary General"'),
});

const common = {
  id: key,
  title,
  summary,
  source: passageId('source'),
  /** Other paragraphs that state the same fact; they link back to the event too. */
  alsoIn: z
    .array(passageId('alsoIn'), { error: required('alsoIn', 'a list of paragraph ids', '[overview-3]') })
    .default([]),
  people: names('people', 'Jens Stoltenberg'),
  places: names('places', 'Seoul'),
  /**
   * The words of the cited passages the entry rests on, exactly: the build
   * finds each in `source` or `alsoIn`, and the title, summary, people,
   * places and date must be readable from them (src/evidence/).
   */
  evidence: z
    .array(quote.min(1, 'an empty quote'), {
      error: required('evidence', 'a list of exact quotes from the cited passages', '["In November 2012, …"]'),
    })
    .min(1, 'needs at least one quote from the cited passages, e.g. evidence: ["In November 2012, …"]'),
  /** Permalink ids the entry had before its id or date changed: they still land on it. */
  aliases: z
    .array(z.string().regex(KEY, 'must be an old permalink id, e.g. event-2011-04-isaf-pledge'), {
      error: required('aliases', 'a list of old permalink ids', '[event-2011-04-isaf-pledge]'),
    })
    .default([]),
};

function unknownKeys(allowed: readonly string[]) {
  return (issue: IssueLike & { code?: string; keys?: readonly PropertyKey[] }): string | undefined => {
    if (issue.code !== 'unrecognized_keys') return undefined;
    const keys = (issue.keys ?? []).map((k) => `"${String(k)}"`).join(', ');
    return `unknown field ${keys}; the fields are ${allowed.join(', ')}`;
  };
}

const eventFields = { ...common, date: partialDate('date'), end: partialDate('end').optional() };

/** A dated event: a year, month or day, and for a span an end wholly after it. */
export const timelineEventSchema = z
  .strictObject(eventFields, { error: unknownKeys(Object.keys(eventFields)) })
  .superRefine((event, ctx) => {
    if (event.end && !endsAfter(event.date, event.end)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `${event.end.iso} is not after the start, ${event.date.iso}; a span must end after it begins`,
      });
    }
  });

/** An activity the text names without any date: listed apart, never placed on the timeline. */
export const undatedActivitySchema = z.strictObject(common, {
  error: (issue) =>
    issue.code === 'unrecognized_keys' && issue.keys.some((k) => k === 'date' || k === 'end')
      ? 'an undated activity has no date; an activity with a date belongs under events'
      : unknownKeys(Object.keys(common))(issue),
});

export type TimelineEventData = z.output<typeof timelineEventSchema>;
export type UndatedActivityData = z.output<typeof undatedActivitySchema>;
