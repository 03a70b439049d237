import { describe, expect, it } from 'vitest';
import { isoDate, relativeDate } from './dates.ts';

describe('isoDate', () => {
  it('reads every form the board APIs write', () => {
    expect(isoDate(1553186035299)).toBe('2019-03-21T16:33:55.299Z'); // Lever createdAt, epoch ms
    expect(isoDate('2026-09-01T10:00:00-04:00')).toBe('2026-09-01T14:00:00.000Z'); // Greenhouse
    expect(isoDate('2021-04-30T16:21:55.393+00:00')).toBe('2021-04-30T16:21:55.393Z'); // Ashby
    expect(isoDate('2026-10-06 14:25:18 UTC')).toBe('2026-10-06T14:25:18.000Z'); // Recruitee
    expect(isoDate('2026-08-20T12:14:07+0200')).toBe('2026-08-20T10:14:07.000Z'); // Personio
    expect(isoDate('Fri, 27 Feb 2026 19:59:48 +0100')).toBe('2026-02-27T18:59:48.000Z'); // RSS pubDate
    expect(isoDate('2020-02-15T10:23:26')).toBe('2020-02-15T10:23:26.000Z'); // Remotive, no zone
    expect(isoDate('2026-06-15')).toBe('2026-06-15'); // a date stays a date
  });

  it('is null for what is no date', () => {
    for (const bad of [null, undefined, '', 'soon', 0, -5, Number.NaN, '2026-13-45', {}]) expect(isoDate(bad)).toBeNull();
  });
});

describe('relativeDate', () => {
  const now = new Date('2026-11-20T08:00:00Z');
  it('turns Workday labels into the day they mean', () => {
    expect(relativeDate('Posted Today', now)).toBe('2026-11-20');
    expect(relativeDate('Posted Yesterday', now)).toBe('2026-11-19');
    expect(relativeDate('Posted 6 Days Ago', now)).toBe('2026-11-14');
  });
  it('leaves what is not a day alone', () => {
    expect(relativeDate('Posted 30+ Days Ago', now)).toBeNull();
    expect(relativeDate('2 Locations', now)).toBeNull();
  });
});
