/**
 * The source dates itself as "06 Oct. 2016 17:16". Readers get a full date,
 * machines an ISO value for <time datetime>.
 */
import { MONTH_NAMES } from './dates.ts';

/** The source abbreviates months to their first three letters: "Oct." */
const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));

export interface LastUpdated {
  /** ISO 8601 local date and time, e.g. 2016-10-06T17:16 */
  datetime: string;
  /** e.g. 6 October 2016, 17:16 */
  readable: string;
  /** e.g. 2016-10-06 */
  date: string;
}

export function parseLastUpdated(text: string): LastUpdated {
  const match = /^(\d{1,2}) ([A-Z][a-z]{2})\.? (\d{4}) (\d{1,2}):(\d{2})$/.exec(text.trim());
  const month = match ? MONTHS.indexOf(match[2] ?? '') : -1;
  if (!match || month < 0) {
    throw new Error(`Cannot read the "Last updated" value "${text}": expected a date such as "06 Oct. 2016 17:16".`);
  }
  const [, day = '', , year = '', hour = '', minute = ''] = match;
  const pad = (value: string | number) => String(value).padStart(2, '0');
  const date = `${year}-${pad(month + 1)}-${pad(day)}`;
  return {
    datetime: `${date}T${pad(hour)}:${minute}`,
    readable: `${Number(day)} ${MONTH_NAMES[month]} ${year}, ${pad(hour)}:${minute}`,
    date,
  };
}
