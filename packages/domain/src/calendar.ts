/**
 * Calendar arithmetic in a programme's time zone, built on `Intl.DateTimeFormat` only
 * (no dependency: the web app imports this package and has a tight bundle budget).
 *
 * Conventions used by every deadline of the case engine (see docs/case-lifecycle.md):
 * - Durations are counted in **local calendar days** of the programme's time zone, never in
 *   24-hour blocks, so daylight-saving changes never shift a deadline by an hour or a day.
 * - A period of N days that starts at instant `t` covers the local date of `t` (day 0) and the
 *   N following dates; it ends at the **end of the local day** D+N, represented by the exclusive
 *   bound "first instant of local day D+N+1" (see `endOfPeriod`). A deadline is reached when
 *   `now >= dueAt`.
 * - A waiting period ("at least 45 days after X") is satisfied from the first instant of local
 *   day D+45, i.e. when `calendarDaysBetween(x, now) >= 45`.
 * - `addCalendarDays` keeps the local wall-clock time. When that time does not exist on the
 *   target day (spring-forward gap) it moves forward by the gap's length; when it exists twice
 *   (fall-back overlap) the earlier instant is used. This is Temporal's "compatible" rule.
 */

const DAY_MS = 86_400_000;

/** An instant: a `Date`, an ISO-8601 string with an offset or `Z`, or epoch milliseconds. */
export type Instant = Date | string | number;

/** A local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function toEpochMs(instant: Instant): number {
  const ms =
    typeof instant === 'number'
      ? instant
      : typeof instant === 'string'
        ? Date.parse(instant)
        : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return ms;
}

/** Normalises an instant to the canonical ISO form used in events (`…Z`, milliseconds). */
export function toIsoInstant(instant: Instant): string {
  return new Date(toEpochMs(instant)).toISOString();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Offsets read per zone and UTC minute. Offsets change only on whole UTC minutes in every zone since
 * 1972, and deadline lists recompute the same few instants again and again, so a small
 * bounded cache spares most `formatToParts` calls (the slow part).
 */
const offsetCache = new Map<string, number>();
const OFFSET_CACHE_LIMIT = 20_000;

/**
 * The local wall-clock reading of `ms` in `timeZone`, expressed as if it were a UTC instant
 * ("wall-clock milliseconds"). Calendar arithmetic on this number has no DST discontinuity.
 */
function wallClockMs(ms: number, timeZone: string): number {
  const minute = Math.floor(ms / 60_000);
  const key = `${timeZone}|${minute}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return ms + cached;
  const offset = readWallClockMs(minute * 60_000, timeZone) - minute * 60_000;
  if (offsetCache.size >= OFFSET_CACHE_LIMIT) offsetCache.clear();
  offsetCache.set(key, offset);
  return ms + offset;
}

function readWallClockMs(ms: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const subSecond = ((ms % 1000) + 1000) % 1000;
  return (
    Date.UTC(
      fields.year ?? 1970,
      (fields.month ?? 1) - 1,
      fields.day ?? 1,
      fields.hour ?? 0,
      fields.minute ?? 0,
      fields.second ?? 0,
    ) + subSecond
  );
}

function offsetMs(ms: number, timeZone: string): number {
  return wallClockMs(ms, timeZone) - ms;
}

/** The instant showing wall-clock `localMs` in `timeZone` ("compatible" disambiguation). */
function instantFromWallClock(localMs: number, timeZone: string): number {
  // Offsets a day before and after bracket any single transition near this wall-clock time.
  const before = offsetMs(localMs - DAY_MS, timeZone);
  const after = offsetMs(localMs + DAY_MS, timeZone);
  let best: number | undefined;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = localMs - offset;
    if (offsetMs(candidate, timeZone) === offset && (best === undefined || candidate < best)) {
      best = candidate; // in an overlap both match: keep the earlier instant
    }
  }
  // In a gap neither matches: reading the time with the pre-transition offset lands just after
  // the gap (02:30 that does not exist becomes 03:30), as Temporal's "compatible" does.
  return best ?? localMs - before;
}

function epochDayOf(ms: number, timeZone: string): number {
  return Math.floor(wallClockMs(ms, timeZone) / DAY_MS);
}

function epochDayToLocalDate(epochDay: number): LocalDate {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

export function isValidLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function localDateToEpochDay(date: LocalDate): number {
  if (!isValidLocalDate(date)) throw new RangeError(`Invalid local date: ${date}`);
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The local calendar date of an instant in `timeZone`. */
export function localDateOf(instant: Instant, timeZone: string): LocalDate {
  return epochDayToLocalDate(epochDayOf(toEpochMs(instant), timeZone));
}

/** The local date `days` calendar days after (or before, if negative) `date`. */
export function addDaysToLocalDate(date: LocalDate, days: number): LocalDate {
  return epochDayToLocalDate(localDateToEpochDay(date) + days);
}

/** Calendar months later, clamped to the month's last day (Feb 29 + 12 months = Feb 28). */
export function addMonthsToLocalDate(date: LocalDate, months: number): LocalDate {
  const epochDay = localDateToEpochDay(date);
  const start = new Date(epochDay * DAY_MS);
  const monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay)))
    .toISOString()
    .slice(0, 10);
}

/** Same local wall-clock time, `days` calendar days later in `timeZone` (ISO instant). */
export function addCalendarDays(instant: Instant, days: number, timeZone: string): string {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be an integer: ${days}`);
  const local = wallClockMs(toEpochMs(instant), timeZone);
  return toIsoInstant(instantFromWallClock(local + days * DAY_MS, timeZone));
}

/** Number of local calendar dates from `a` to `b` (negative when `b` is earlier). */
export function calendarDaysBetween(a: Instant, b: Instant, timeZone: string): number {
  return epochDayOf(toEpochMs(b), timeZone) - epochDayOf(toEpochMs(a), timeZone);
}

/** The first instant of a local date (01:00 where midnight falls in a DST gap). */
export function startOfLocalDay(date: LocalDate, timeZone: string): string {
  return toIsoInstant(instantFromWallClock(localDateToEpochDay(date) * DAY_MS, timeZone));
}

/**
 * The exclusive end of a period of `days` calendar days starting on the local date of `start`:
 * the first instant of local day D+days+1. "30 days from 1 March" ends when 1 April begins.
 */
export function endOfPeriod(start: Instant, days: number, timeZone: string): string {
  return startOfLocalDay(addDaysToLocalDate(localDateOf(start, timeZone), days + 1), timeZone);
}

/** The first instant of local day D+days: when a waiting period of `days` is satisfied. */
export function startOfDayAfter(start: Instant, days: number, timeZone: string): string {
  return startOfLocalDay(addDaysToLocalDate(localDateOf(start, timeZone), days), timeZone);
}

/** The last local date covered by a period whose exclusive end is `end` (for display). */
export function lastDayOfPeriod(end: Instant, timeZone: string): LocalDate {
  return localDateOf(toEpochMs(end) - 1, timeZone);
}
