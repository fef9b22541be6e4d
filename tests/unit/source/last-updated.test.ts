import { describe, expect, it } from 'vitest';
import { parseLastUpdated } from '../../../src/source/last-updated.ts';

describe('parseLastUpdated', () => {
  it('reads the source date into ISO and readable forms', () => {
    expect(parseLastUpdated('06 Oct. 2016 17:16')).toEqual({
      datetime: '2016-10-06T17:16',
      readable: '6 October 2016, 17:16',
      date: '2016-10-06',
    });
  });

  it('accepts a month without a full stop and a one-digit hour', () => {
    expect(parseLastUpdated('1 May 2020 9:05').datetime).toBe('2020-05-01T09:05');
  });

  it('names the value it cannot read', () => {
    expect(() => parseLastUpdated('yesterday')).toThrow(/"yesterday"/);
    expect(() => parseLastUpdated('06 Foo. 2016 17:16')).toThrow(/Foo/);
  });
});
