/**
 * MDR-1: how a mediator reads in the registry (list rows, the staff page, the mediator's own
 * page). One query per page of the list: the profile joined to the account, the open-case count
 * from `cases_mediator_idx`, and the absences not over yet.
 */
import type { MediatorAccountStatus, MediatorSummary, MediatorView } from '@entente/contracts';
import { and, asc, desc, eq, gte, gt, isNull } from 'drizzle-orm';
import { localDateOf } from '@entente/domain';
import type { Executor } from '../../db/client.js';
import {
  accountActivations,
  mediatorProfiles,
  mediatorUnavailability,
  users,
} from '../../db/schema/index.js';
import { notFound } from '../../platform/errors.js';
import {
  activeCaseCounts,
  isUnavailableOn,
  nextAbsenceOn,
  pendingAbsences,
  programmeToday,
  type AbsencePeriod,
} from './mediator-availability.js';

export type ProfileRow = typeof mediatorProfiles.$inferSelect;
type UserRow = typeof users.$inferSelect;
export type MediatorRow = { profile: ProfileRow; user: UserRow; activeCases: number };

/** The FR declaration is a calendar date of the fr programme; stored as that day's start. */
export const FR_TIME_ZONE = 'Europe/Paris';

export const accountStatusOf = (user: UserRow): MediatorAccountStatus =>
  user.disabledAt ? 'disabled' : user.passwordHash === null ? 'invited' : 'active';

/**
 * "Today" for a mediator: the earliest local date among their programmes' time zones, so a
 * date that is still today somewhere they work is not called past.
 */
export function mediatorToday(now: Date, programmes: readonly ('qc' | 'fr')[]): string {
  const dates = (programmes.length > 0 ? programmes : (['qc'] as const)).map((p) =>
    programmeToday(now, p),
  );
  return dates.sort()[0]!;
}

/** The profile, its account and its load, or 404. */
export async function findMediator(db: Executor, userId: string): Promise<MediatorRow> {
  const [row] = await db
    .select({ profile: mediatorProfiles, user: users })
    .from(mediatorProfiles)
    .innerJoin(users, eq(users.id, mediatorProfiles.userId))
    .where(eq(mediatorProfiles.userId, userId));
  if (!row) throw notFound();
  const loads = await activeCaseCounts(db, [userId]);
  return { ...row, activeCases: loads.get(userId) ?? 0 };
}

export function summaryOf(
  row: MediatorRow,
  periods: readonly AbsencePeriod[],
  now: Date,
): MediatorSummary {
  const { profile, user } = row;
  const today = mediatorToday(now, profile.programmes);
  return {
    userId: user.id,
    givenName: user.givenName,
    familyName: user.familyName,
    email: user.email,
    programmes: profile.programmes,
    sectors: profile.sectors,
    regions: profile.regions,
    accountStatus: accountStatusOf(user),
    withdrawnAt: profile.withdrawnAt?.toISOString() ?? null,
    activeCases: row.activeCases,
    maxActiveCases: profile.maxActiveCases,
    nextAbsence: nextAbsenceOn(periods, today),
    unavailableToday: isUnavailableOn(periods, today),
  };
}

export async function summariesOf(
  db: Executor,
  rows: readonly MediatorRow[],
  now: Date,
): Promise<MediatorSummary[]> {
  // The earliest "today" of all: a period ending then is still pending for someone.
  const earliest = mediatorToday(now, ['qc', 'fr']);
  const absences = await pendingAbsences(
    db,
    rows.map((r) => r.user.id),
    earliest,
  );
  return rows.map((row) => summaryOf(row, absences.get(row.user.id) ?? [], now));
}

/** The staff page (and, without the activation, the mediator's own page). */
export async function fullView(db: Executor, row: MediatorRow, now: Date): Promise<MediatorView> {
  const today = mediatorToday(now, row.profile.programmes);
  const periods = await db
    .select()
    .from(mediatorUnavailability)
    .where(
      and(
        eq(mediatorUnavailability.mediatorUserId, row.user.id),
        gte(mediatorUnavailability.endsOn, today),
      ),
    )
    .orderBy(asc(mediatorUnavailability.startsOn), asc(mediatorUnavailability.endsOn));
  const [activation] =
    row.user.passwordHash === null
      ? await db
          .select({ expiresAt: accountActivations.expiresAt })
          .from(accountActivations)
          .where(
            and(
              eq(accountActivations.userId, row.user.id),
              isNull(accountActivations.usedAt),
              gt(accountActivations.expiresAt, now),
            ),
          )
          .orderBy(desc(accountActivations.createdAt))
          .limit(1)
      : [];
  const profile = row.user.professionalProfile ?? {};
  const declared = row.profile.independenceDeclaredAt;
  return {
    ...summaryOf(row, periods, now),
    preferredLanguage: row.user.preferredLanguage,
    profile: {
      jobTitle: profile.jobTitle ?? null,
      organisation: profile.organisation ?? null,
      workPhone: profile.workPhone ?? null,
    },
    totpEnrolled: row.user.totpEnrolledAt !== null,
    independenceDeclaredOn: declared ? localDateOf(declared.getTime(), FR_TIME_ZONE) : null,
    activationExpiresAt: activation?.expiresAt.toISOString() ?? null,
    unavailability: periods.map((p) => ({
      id: p.id,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      note: p.note,
      createdAt: p.createdAt.toISOString(),
    })),
    createdAt: row.profile.createdAt.toISOString(),
    updatedAt: row.profile.updatedAt.toISOString(),
  };
}
