/**
 * Dates with the precision the text gives them. The source says "in 2005",
 * "in September 2012"; turning those into full days would invent facts, so a
 * date is a year, a month or a day, and keeps its ISO form at that precision
 * (2005, 2012-09, 2016-10-06): the same form <time datetime> accepts.
 */
export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** ISO 8601 at its precision: 2005, 2012-09 or 2016-10-06. */
  iso: string;
  precision: Precision;
  year: number;
  /** 1–12, when the precision is month or day. */
  month?: number;
  /** 1–31, when the precision is day. */
  day?: number;
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export class DateFormatError extends Error {
  override name = 'DateFormatError';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Reads "2005", "2012-09" or "2016-10-06"; anything else throws, saying what is expected. */
export function parsePartialDate(text: string): PartialDate {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) {
    throw new DateFormatError(`"${text}" is not a date: write a year (2005), a month (2012-09) or a day (2016-10-06)`);
  }
  const year = Number(match[1]);
  if (match[2] === undefined) return { iso: `${year}`, precision: 'year', year };
  const month = Number(match[2]);
  if (month < 1 || month > 12)
    throw new DateFormatError(`"${text}" has no month ${match[2]}: months run from 01 to 12`);
  if (match[3] === undefined) return { iso: `${year}-${pad(month)}`, precision: 'month', year, month };
  const day = Number(match[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    throw new DateFormatError(`"${text}" has no day ${match[3]}: ${MONTH_NAMES[month - 1]} ${year} has ${last} days`);
  }
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', year, month, day };
}

/** The first day the date can mean, as YYYY-MM-DD: 2012-09 → 2012-09-01. */
export function firstDay(date: PartialDate): string {
  return `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

/** The last day the date can mean, as YYYY-MM-DD: 2012-09 → 2012-09-30, 2010 → 2010-12-31. */
export function lastDay(date: PartialDate): string {
  const month = date.month ?? 12;
  return `${date.year}-${pad(month)}-${pad(date.day ?? daysInMonth(date.year, month))}`;
}

/**
 * A span must end after it starts. With partial dates that means the end
 * lies wholly after the start: 2010–2013 is a span, 2012-09 to 2012 is not
 * (the end would include months before the start).
 */
export function endsAfter(start: PartialDate, end: PartialDate): boolean {
  return firstDay(end) > lastDay(start);
}

/**
 * Chronological order. A date known only to the year comes after the dates
 * of that year the text gives more precisely, and a month after its days:
 * "April 2011" (a pledge) before "2011" (payments under it). Read as
 * (year, month or 13, day or 32), which is a total order; dates that compare
 * equal keep the order they had.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const key = (date: PartialDate) => [date.year, date.month ?? 13, date.day ?? 32] as const;
  const [ka, kb] = [key(a), key(b)];
  return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
}

/** The date as a reader writes it: 2005, September 2012, 6 October 2016. */
export function formatDate(date: PartialDate): string {
  if (date.month === undefined) return `${date.year}`;
  const month = `${MONTH_NAMES[date.month - 1]} ${date.year}`;
  return date.day === undefined ? month : `${date.day} ${month}`;
}

/**
 * The two ends of a span as a reader writes them; a shared year is written
 * once: ["March", "May 2013"], ["2010", "2013"].
 */
export function formatSpanEnds(start: PartialDate, end: PartialDate): [string, string] {
  const sameYearMonths = start.precision === 'month' && end.precision === 'month' && start.year === end.year;
  return [sameYearMonths ? MONTH_NAMES[(start.month ?? 1) - 1]! : formatDate(start), formatDate(end)];
}

/** A date or a span for readers, with an en dash: 2010–2013, April 2011, March–May 2013. */
export function formatSpan(start: PartialDate, end?: PartialDate): string {
  return end ? formatSpanEnds(start, end).join('–') : formatDate(start);
}

export interface DateMention {
  /** The date at the precision the text uses: 2005 or 2012-09 or 2016-10-06. */
  iso: string;
  precision: Precision;
  /** The words as they stand in the text. */
  text: string;
}

// Full names and abbreviations: "September", "Sep.", "Sept.", "Oct.".
const MONTH_PATTERN = MONTH_NAMES.map(
  (name) => `${name.slice(0, 3)}(?:${name.slice(3)}|${name === 'September' ? 't?' : ''}\\.)?`,
).join('|');
const MENTION = new RegExp(`\\b(?:(\\d{1,2}) )?(?:(${MONTH_PATTERN}) )?((?:19|20)\\d{2})\\b`, 'g');

/**
 * Every date a passage of prose mentions, at the precision it uses:
 * "in September 2012" → 2012-09, "from 2010 to 2013" → 2010 and 2013,
 * "06 Oct. 2016" → 2016-10-06. Used to check that no dated fact is missing
 * from the timeline.
 */
export function dateMentions(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const [words, day, monthWord, year = ''] = match;
    const monthIndex =
      monthWord === undefined ? -1 : MONTH_NAMES.findIndex((name) => monthWord.startsWith(name.slice(0, 3)));
    if (monthIndex < 0) {
      // A number before a bare year ("5 2012") is not a day.
      mentions.push({ iso: year, precision: 'year', text: day === undefined ? words : year });
    } else if (day === undefined) {
      mentions.push({ iso: `${year}-${pad(monthIndex + 1)}`, precision: 'month', text: words });
    } else {
      mentions.push({ iso: `${year}-${pad(monthIndex + 1)}-${pad(Number(day))}`, precision: 'day', text: words });
    }
  }
  return mentions;
}
