import { describe, expect, it } from 'vitest';
import {
  compareDates,
  dateMentions,
  endsAfter,
  firstDay,
  formatDate,
  formatSpan,
  formatSpanEnds,
  lastDay,
  parsePartialDate,
} from '../../../src/source/dates.ts';

const d = parsePartialDate;

describe('parsePartialDate', () => {
  it('reads a year, a month and a day with their precision', () => {
    expect(d('2005')).toEqual({ iso: '2005', precision: 'year', year: 2005 });
    expect(d('2012-09')).toEqual({ iso: '2012-09', precision: 'month', year: 2012, month: 9 });
    expect(d('2016-10-06')).toEqual({ iso: '2016-10-06', precision: 'day', year: 2016, month: 10, day: 6 });
  });

  it('ignores surrounding whitespace', () => {
    expect(d(' 2013-04 ').iso).toBe('2013-04');
  });

  it.each([
    ['September 2012', 'is not a date: write a year (2005), a month (2012-09) or a day (2016-10-06)'],
    ['2012-9', 'is not a date'],
    ['12-09-2012', 'is not a date'],
    ['2012/09', 'is not a date'],
    ['20120', 'is not a date'],
    ['', 'is not a date'],
    ['2012-13', 'has no month 13: months run from 01 to 12'],
    ['2012-00', 'has no month 00'],
    ['2013-02-29', 'has no day 29: February 2013 has 28 days'],
    ['2012-09-31', 'has no day 31: September 2012 has 30 days'],
    ['2012-09-00', 'has no day 00'],
  ])('rejects %j, saying why', (text, message) => {
    expect(() => d(text)).toThrow(message);
  });

  it('accepts the 29th of February in a leap year', () => {
    expect(d('2012-02-29').day).toBe(29);
  });
});

describe('precision as a range of days', () => {
  it('gives the first and last day a date can mean', () => {
    expect([firstDay(d('2010')), lastDay(d('2010'))]).toEqual(['2010-01-01', '2010-12-31']);
    expect([firstDay(d('2012-09')), lastDay(d('2012-09'))]).toEqual(['2012-09-01', '2012-09-30']);
    expect([firstDay(d('2012-02')), lastDay(d('2012-02'))]).toEqual(['2012-02-01', '2012-02-29']);
    expect([firstDay(d('2016-10-06')), lastDay(d('2016-10-06'))]).toEqual(['2016-10-06', '2016-10-06']);
  });
});

describe('spans', () => {
  it('accept an end wholly after the start', () => {
    expect(endsAfter(d('2010'), d('2013'))).toBe(true);
    expect(endsAfter(d('2011'), d('2012'))).toBe(true);
    expect(endsAfter(d('2012-09'), d('2012-10'))).toBe(true);
    expect(endsAfter(d('2012-09-30'), d('2012-10-01'))).toBe(true);
    expect(endsAfter(d('2012'), d('2013-01'))).toBe(true);
  });

  it('reject an end before, equal to or inside the start', () => {
    expect(endsAfter(d('2013'), d('2010'))).toBe(false);
    expect(endsAfter(d('2012'), d('2012'))).toBe(false);
    expect(endsAfter(d('2012-09'), d('2012'))).toBe(false);
    expect(endsAfter(d('2012'), d('2012-11'))).toBe(false);
    expect(endsAfter(d('2012-09-05'), d('2012-09-05'))).toBe(false);
  });

  it('read as a reader writes them, with an en dash', () => {
    expect(formatSpan(d('2010'), d('2013'))).toBe('2010–2013');
    expect(formatSpan(d('2013-03'), d('2013-05'))).toBe('March–May 2013');
    expect(formatSpan(d('2012-11'), d('2013-02'))).toBe('November 2012–February 2013');
    expect(formatSpan(d('2012-09'))).toBe('September 2012');
  });

  it('give both ends for two <time> elements, the shared year written once', () => {
    expect(formatSpanEnds(d('2013-03'), d('2013-05'))).toEqual(['March', 'May 2013']);
    expect(formatSpanEnds(d('2011'), d('2012'))).toEqual(['2011', '2012']);
    expect(formatSpanEnds(d('2012-12-30'), d('2013-01-02'))).toEqual(['30 December 2012', '2 January 2013']);
  });
});

describe('formatDate', () => {
  it('writes each precision in full', () => {
    expect(formatDate(d('2005'))).toBe('2005');
    expect(formatDate(d('2012-09'))).toBe('September 2012');
    expect(formatDate(d('2016-10-06'))).toBe('6 October 2016');
  });
});

describe('compareDates', () => {
  const sorted = (isos: string[]) =>
    isos
      .map(d)
      .sort(compareDates)
      .map((date) => date.iso);

  it('orders chronologically', () => {
    expect(sorted(['2013-04', '2005', '2012-11', '2010', '2012-09', '2016-10-06', '2011-04'])).toEqual([
      '2005',
      '2010',
      '2011-04',
      '2012-09',
      '2012-11',
      '2013-04',
      '2016-10-06',
    ]);
  });

  it('puts a date known only to the year after the precise dates of that year', () => {
    expect(sorted(['2011', '2011-04', '2012-01'])).toEqual(['2011-04', '2011', '2012-01']);
    expect(sorted(['2012-09', '2012-09-30', '2012-09-01'])).toEqual(['2012-09-01', '2012-09-30', '2012-09']);
    expect(sorted(['2012-12', '2012', '2012-12-31'])).toEqual(['2012-12-31', '2012-12', '2012']);
  });

  it('treats equal dates as equal, so a stable sort keeps their given order', () => {
    expect(compareDates(d('2013-04'), d('2013-04'))).toBe(0);
    expect(compareDates(d('2005'), d('2005'))).toBe(0);
  });
});

describe('dateMentions', () => {
  const isos = (text: string) => dateMentions(text).map((m) => `${m.iso}/${m.precision}`);

  it('finds years, months and days at the precision the text uses', () => {
    expect(isos('NATO and the Republic of Korea initiated dialogue in 2005.')).toEqual(['2005/year']);
    expect(isos('From 2010 to 2013, the country led')).toEqual(['2010/year', '2013/year']);
    expect(isos('in April 2011, the Republic of Korea')).toEqual(['2011-04/month']);
    expect(isos('Foreign Minister Yun Byung-se (October 2016)')).toEqual(['2016-10/month']);
    expect(isos('Last updated: 06 Oct. 2016 17:16')).toEqual(['2016-10-06/day']);
    expect(isos('on 6 October 2016 and in Sept. 2012')).toEqual(['2016-10-06/day', '2012-09/month']);
  });

  it('keeps the words it found', () => {
    expect(dateMentions('approved in September 2012 promotes')[0]?.text).toBe('September 2012');
  });

  it('ignores numbers that are not years', () => {
    expect(isos('some 470 personnel, US$ 500 million over five years, US$75 million, 17:16')).toEqual([]);
    expect(isos('a fleet of 12005 ships; code 2005a')).toEqual([]);
  });
});
