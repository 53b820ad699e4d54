/**
 * Deadline arithmetic in the programmes' time zones (§4, §5 durations; QC-8, QC-15, QC-20,
 * FR-5, FR-9): property tests over random instants 2020–2035 across DST changes and leap days.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addDaysToLocalDate,
  addMonthsToLocalDate,
  calendarDaysBetween,
  endOfPeriod,
  lastDayOfPeriod,
  localDateOf,
  startOfDayAfter,
  startOfLocalDay,
} from '../src/index.js';

const ZONES = ['America/Toronto', 'Europe/Paris'] as const;
const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2035, 11, 31);
const instant = fc.integer({ min: FROM, max: TO });
const zone = fc.constantFrom(...ZONES);
const days = fc.integer({ min: -400, max: 400 });

/** Wall clock read independently of the implementation (toLocaleString, not formatToParts). */
function wallClock(ms: number, timeZone: string): { date: string; time: string } {
  const text = new Date(ms).toLocaleString('sv-SE', { timeZone, hourCycle: 'h23' });
  const [date = '', time = ''] = text.split(' ');
  return { date, time };
}

const utcDayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

describe('addCalendarDays and calendarDaysBetween', () => {
  it('counts back exactly the number of days added', () => {
    fc.assert(
      fc.property(instant, days, zone, (t, n, tz) => {
        expect(calendarDaysBetween(t, addCalendarDays(t, n, tz), tz)).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });

  it('moves the local date by exactly N days and keeps the wall-clock time outside DST gaps', () => {
    fc.assert(
      fc.property(instant, days, zone, (t, n, tz) => {
        const before = wallClock(t, tz);
        const after = wallClock(Date.parse(addCalendarDays(t, n, tz)), tz);
        expect(utcDayNumber(after.date) - utcDayNumber(before.date)).toBe(n);
        // Both zones jump 02:00→03:00: only a time inside that hour may move, by one hour.
        if (!before.time.startsWith('02:')) expect(after.time).toBe(before.time);
        else expect(['02', '03']).toContain(after.time.slice(0, 2));
      }),
      { numRuns: 1000 },
    );
  });

  it('is reversible when the wall-clock time exists on both days', () => {
    fc.assert(
      fc.property(instant, days, zone, (t, n, tz) => {
        fc.pre(
          !wallClock(t, tz).time.startsWith('01:') && !wallClock(t, tz).time.startsWith('02:'),
        );
        expect(Date.parse(addCalendarDays(addCalendarDays(t, n, tz), -n, tz))).toBe(t);
      }),
      { numRuns: 1000 },
    );
  });

  it('is additive and antisymmetric', () => {
    fc.assert(
      fc.property(instant, instant, instant, zone, (a, b, c, tz) => {
        expect(calendarDaysBetween(a, b, tz) + calendarDaysBetween(b, a, tz)).toBe(0);
        expect(calendarDaysBetween(a, b, tz) + calendarDaysBetween(b, c, tz)).toBe(
          calendarDaysBetween(a, c, tz),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('start of day and end of period', () => {
  it('starts a local day at its first instant', () => {
    fc.assert(
      fc.property(instant, zone, (t, tz) => {
        const date = localDateOf(t, tz);
        const start = Date.parse(startOfLocalDay(date, tz));
        expect(localDateOf(start, tz)).toBe(date);
        expect(localDateOf(start - 1, tz)).toBe(addDaysToLocalDate(date, -1));
        expect(wallClock(start, tz).time).toBe('00:00:00');
      }),
      { numRuns: 1000 },
    );
  });

  it('ends an N-day period at the end of local day D+N, whatever the time of day', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 400 }), zone, (t, n, tz) => {
        const end = endOfPeriod(t, n, tz);
        expect(lastDayOfPeriod(end, tz)).toBe(addDaysToLocalDate(localDateOf(t, tz), n));
        expect(calendarDaysBetween(t, end, tz)).toBe(n + 1);
        expect(Date.parse(end)).toBeGreaterThan(t);
        expect(Date.parse(endOfPeriod(t, n + 1, tz))).toBeGreaterThan(Date.parse(end));
      }),
      { numRuns: 1000 },
    );
  });

  it('satisfies a waiting period from the first instant of day D+N', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 400 }), zone, (t, n, tz) => {
        const from = Date.parse(startOfDayAfter(t, n, tz));
        expect(calendarDaysBetween(t, from, tz)).toBe(n);
        expect(calendarDaysBetween(t, from - 1, tz)).toBe(n - 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('handles a zone whose DST starts at midnight (day starts at 01:00)', () => {
    // Chile moved to summer time at 24:00 on Saturday 2023-09-02: Sunday began at 01:00.
    const start = startOfLocalDay('2023-09-03', 'America/Santiago');
    expect(wallClock(Date.parse(start), 'America/Santiago')).toEqual({
      date: '2023-09-03',
      time: '01:00:00',
    });
  });
});

describe('named dates around DST and leap days', () => {
  it('keeps 10:00 across the spring change in Toronto (23-hour day)', () => {
    // 2024-03-09 10:00 EST + 1 day = 2024-03-10 10:00 EDT, only 23 hours later.
    expect(addCalendarDays('2024-03-09T15:00:00Z', 1, 'America/Toronto')).toBe(
      '2024-03-10T14:00:00.000Z',
    );
  });

  it('moves a time that does not exist forward by the gap (Paris, 31 March 2024)', () => {
    // 2024-03-30 02:30 CET + 1 day: 02:30 does not exist on the 31st, it becomes 03:30 CEST.
    expect(addCalendarDays('2024-03-30T01:30:00Z', 1, 'Europe/Paris')).toBe(
      '2024-03-31T01:30:00.000Z',
    );
  });

  it('picks the earlier of two 01:30 in Toronto on 3 November 2024', () => {
    expect(addCalendarDays('2024-11-02T05:30:00Z', 1, 'America/Toronto')).toBe(
      '2024-11-03T05:30:00.000Z',
    );
  });

  it('counts through 29 February', () => {
    expect(addCalendarDays('2024-02-28T17:00:00Z', 1, 'Europe/Paris')).toBe(
      '2024-02-29T17:00:00.000Z',
    );
    expect(
      calendarDaysBetween('2024-02-01T12:00:00Z', '2024-03-01T12:00:00Z', 'America/Toronto'),
    ).toBe(29);
    expect(addDaysToLocalDate('2024-02-29', 365)).toBe('2025-02-28');
  });

  it('clamps a month addition on 29 February (QC-23 one year)', () => {
    expect(addMonthsToLocalDate('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsToLocalDate('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsToLocalDate('2023-12-15', 14)).toBe('2025-02-15');
  });

  it('ends a 30-day draft opened on 1 March at the end of 31 March, local time', () => {
    // Opened 1 March 10:00 EST; the period ends when 1 April begins in Toronto (EDT).
    expect(endOfPeriod('2024-03-01T15:00:00Z', 30, 'America/Toronto')).toBe(
      '2024-04-01T04:00:00.000Z',
    );
  });
});
