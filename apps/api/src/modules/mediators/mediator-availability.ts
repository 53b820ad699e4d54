/**
 * MDR-1: who may be given a case today. The mediation queue ranks these candidates (availability,
 * then load); this file only says who is available, who is away until when, and each one's load.
 * Keep the exported API stable: the mediation queue imports it.
 */
import { addDaysToLocalDate, defaultSettings, localDateOf } from '@entente/domain';
import { and, asc, eq, gte, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cases, mediatorProfiles, mediatorUnavailability, users } from '../../db/schema/index.js';

/** A calendar date `YYYY-MM-DD` of the programme's time zone; both ends inclusive. */
export interface AbsencePeriod {
  readonly startsOn: string;
  readonly endsOn: string;
}

export interface MediatorCandidate {
  userId: string;
  name: string;
  email: string;
  sectors: string[];
  regions: string[];
  /** Cases assigned to this mediator and not closed. */
  activeCases: number;
  maxActiveCases: number | null;
  /** The current or next announced absence (ends today or later), if any. */
  nextAbsence: { startsOn: string; endsOn: string } | null;
}

/** The calendar date it is now where the programme's cases are handled (its time zone). */
export const programmeToday = (now: Date, programme: 'qc' | 'fr'): string =>
  localDateOf(now.getTime(), defaultSettings(programme).timeZone);

/** ISO dates compare as strings. */
export function isUnavailableOn(periods: readonly AbsencePeriod[], date: string): boolean {
  return periods.some((p) => p.startsOn <= date && date <= p.endsOn);
}

/**
 * The last day of the absence that covers `date`, following periods that overlap or follow one
 * another without a free day between them; null when the mediator is not away on `date`.
 */
export function unavailableUntil(periods: readonly AbsencePeriod[], date: string): string | null {
  if (!isUnavailableOn(periods, date)) return null;
  const sorted = [...periods].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  let until = date;
  for (const p of sorted) {
    if (p.endsOn < until) continue;
    if (p.startsOn <= addDaysToLocalDate(until, 1)) until = p.endsOn;
  }
  return until;
}

/** The earliest period that has not ended on `date` (the current one, else the next one). */
export function nextAbsenceOn(
  periods: readonly AbsencePeriod[],
  date: string,
): { startsOn: string; endsOn: string } | null {
  const pending = periods
    .filter((p) => p.endsOn >= date)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn));
  const first = pending[0];
  return first ? { startsOn: first.startsOn, endsOn: first.endsOn } : null;
}

/**
 * Open cases (assigned, not closed) per mediator, in one grouped query over the given ids; a
 * mediator with none is absent from the map.
 */
export async function activeCaseCounts(
  db: Executor,
  userIds: readonly string[],
): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: cases.mediatorUserId, count: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(inArray(cases.mediatorUserId, [...userIds]), ne(cases.status, 'closed')))
    .groupBy(cases.mediatorUserId);
  return new Map(rows.map((row) => [row.userId!, Number(row.count)]));
}

/** Periods not yet over on `today`, per mediator. */
export async function pendingAbsences(
  db: Executor,
  userIds: readonly string[],
  today: string,
): Promise<Map<string, AbsencePeriod[]>> {
  const byMediator = new Map<string, AbsencePeriod[]>();
  if (userIds.length === 0) return byMediator;
  const rows = await db
    .select({
      userId: mediatorUnavailability.mediatorUserId,
      startsOn: mediatorUnavailability.startsOn,
      endsOn: mediatorUnavailability.endsOn,
    })
    .from(mediatorUnavailability)
    .where(
      and(
        inArray(mediatorUnavailability.mediatorUserId, [...userIds]),
        gte(mediatorUnavailability.endsOn, today),
      ),
    )
    .orderBy(asc(mediatorUnavailability.startsOn));
  for (const { userId, ...period } of rows) {
    const list = byMediator.get(userId) ?? [];
    list.push(period);
    byMediator.set(userId, list);
  }
  return byMediator;
}

/**
 * The mediators who may take a case of `programme`: the account activated (a password set), not
 * disabled, still holding the `mediator` role, the profile not withdrawn and covering the
 * programme. Those inside an absence on `today` are listed apart with its last day. Available ones
 * come least loaded first, then by name; unavailable ones back soonest first.
 */
export async function mediatorCandidates(
  db: Executor,
  programme: 'qc' | 'fr',
  today: string,
): Promise<{
  available: MediatorCandidate[];
  unavailable: (MediatorCandidate & { until: string })[];
}> {
  const rows = await db
    .select({
      userId: users.id,
      givenName: users.givenName,
      familyName: users.familyName,
      email: users.email,
      sectors: mediatorProfiles.sectors,
      regions: mediatorProfiles.regions,
      maxActiveCases: mediatorProfiles.maxActiveCases,
    })
    .from(mediatorProfiles)
    .innerJoin(users, eq(users.id, mediatorProfiles.userId))
    .where(
      and(
        isNull(mediatorProfiles.withdrawnAt),
        sql`${programme} = ANY(${mediatorProfiles.programmes})`,
        sql`'mediator' = ANY(${users.roles})`,
        isNotNull(users.passwordHash),
        isNull(users.disabledAt),
      ),
    );
  const ids = rows.map((r) => r.userId);
  const [absences, loads] = [
    await pendingAbsences(db, ids, today),
    await activeCaseCounts(db, ids),
  ];
  const available: MediatorCandidate[] = [];
  const unavailable: (MediatorCandidate & { until: string })[] = [];
  for (const row of rows) {
    const periods = absences.get(row.userId) ?? [];
    const candidate: MediatorCandidate = {
      userId: row.userId,
      name: `${row.givenName} ${row.familyName}`,
      email: row.email,
      sectors: row.sectors,
      regions: row.regions,
      activeCases: loads.get(row.userId) ?? 0,
      maxActiveCases: row.maxActiveCases,
      nextAbsence: nextAbsenceOn(periods, today),
    };
    const until = unavailableUntil(periods, today);
    if (until === null) available.push(candidate);
    else unavailable.push({ ...candidate, until });
  }
  const byName = (a: MediatorCandidate, b: MediatorCandidate) =>
    a.name.localeCompare(b.name, 'fr') || a.userId.localeCompare(b.userId);
  available.sort((a, b) => a.activeCases - b.activeCases || byName(a, b));
  unavailable.sort((a, b) => a.until.localeCompare(b.until) || byName(a, b));
  return { available, unavailable };
}
