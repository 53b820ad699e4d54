/**
 * STF-1: what the office follows, metadata only (STF-2). No query here reads all open cases,
 * nor the backlog of late ones: counts by status, by deadline and the lists' totals come from
 * trigger-kept counters (`case_status_counts`, `case_deadline_counts`, `case_flag_counts`:
 * migrations 0007, 0009, 0011, 0013); lists from ordered index ranges cut at 10
 * (`case_deadlines_current_idx`, `cases_overdue_idx`, the follow-ups' open index), then the
 * listed cases by key. Lists link to the case; counts say how many there are in all.
 */
import {
  DASHBOARD_DEADLINE_KINDS,
  type DashboardDeadlineKind,
  type StaffDashboard,
} from '@entente/contracts';
import { mediationProgress, type CaseState } from '@entente/domain';
import { and, asc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { caseDeadlines, cases, caseStatusCounts, users } from '../../db/schema/index.js';
import { runBuiltNamed, runNamed, writtenLimit, writtenText } from '../../platform/named-sql.js';
import { rowsOf } from '../../platform/rate-limit.js';
import { newestOpenFollowups } from '../mediation/followups.js';
import { AWAITING_MEDIATOR, queueItems } from '../mediation/mediation-queue.js';

export const LIST_LIMIT = 10;
const AWAITING_SHOWN = 5;
const NEAR_DAYS = 7;

type Bucket = 'near' | 'past';

const iso = (value: unknown) => new Date(value as string | Date).toISOString();

/** Open cases by programme and status: the sum of each pair's counter rows. */
async function openCounts(db: Executor) {
  const n = sql<number>`sum(${caseStatusCounts.count})::int`;
  const rows = await runBuiltNamed(
    db
      .select({ programme: caseStatusCounts.programme, status: caseStatusCounts.status, count: n })
      .from(caseStatusCounts)
      .where(sql`${caseStatusCounts.status} <> 'closed'`)
      .groupBy(caseStatusCounts.programme, caseStatusCounts.status)
      .having(sql`${n} > 0`)
      .orderBy(asc(caseStatusCounts.programme), asc(caseStatusCounts.status)),
  );
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/** Also counted: what the day-60 total is made of (`mediationTotals`). */
const countedKinds = sql.join(
  [...DASHBOARD_DEADLINE_KINDS, 'mediation_alert', 'mediation_end_qc'].map(writtenText),
  sql`, `,
);

/**
 * The first rows of one bucket: one index range per kind, each read in `due_at` order and cut at
 * the list's length, then merged. A single range over all kinds would read and sort every
 * deadline of the bucket (60,000 at 1,000,000 cases).
 */
function firstOfBucket(bucket: Bucket, range: SQL) {
  const perKind = DASHBOARD_DEADLINE_KINDS.map(
    (kind) => sql`(SELECT d.case_id, d.kind, d.due_at FROM case_deadlines d
      WHERE d.cancelled_at IS NULL AND d.kind = ${writtenText(kind)} AND ${range}
      ORDER BY d.due_at, d.case_id LIMIT ${LIST_LIMIT})`,
  );
  return sql`SELECT ${bucket}::text AS bucket, merged.* FROM (${sql.join(perKind, sql` UNION ALL `)}) merged
    ORDER BY due_at, case_id LIMIT ${LIST_LIMIT}`;
}

/**
 * The followed deadlines due before `soon`, past ones included: uncancelled rows are the open
 * cases' current steps (`syncDeadlines` cancels a row when its step ends or moves later). One
 * statement returns the counts by bucket and kind (from `case_deadline_counts`, one row per
 * due instant and slot: a few hundred however many cases), the flag counters' totals (bucket
 * `flag`: overdue mediations, open follow-ups) and the first rows of each bucket with their
 * cases.
 */
async function deadlineRows(db: Executor, now: Date, soon: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const until = sql`${soon.toISOString()}::timestamptz`;
  return rowsOf(
    await runNamed(
      db,
      sql`
      SELECT CASE WHEN due_at <= ${at} THEN 'past' ELSE 'near' END AS bucket, kind,
        sum(n)::int AS n, NULL::uuid AS case_id, NULL::text AS case_number,
        NULL::text AS programme, NULL::text AS status, NULL::timestamptz AS due_at
      FROM case_deadline_counts
      WHERE kind IN (${countedKinds}) AND due_at < ${until}
      GROUP BY 1, 2
      HAVING sum(n) <> 0
      UNION ALL
      SELECT 'flag', flag, sum(n)::int, NULL, NULL, NULL, NULL, NULL
      FROM case_flag_counts WHERE flag IN ('overdue', 'followup_open')
      GROUP BY flag
      UNION ALL
      SELECT l.bucket, l.kind, NULL, l.case_id, c.case_number, c.programme, c.status, l.due_at
      FROM ((${firstOfBucket('past', sql`d.due_at <= ${at}`)})
        UNION ALL (${firstOfBucket('near', sql`d.due_at > ${at} AND d.due_at < ${until}`)})) l
      JOIN cases c ON c.id = l.case_id
      ORDER BY due_at, case_id`,
    ),
  );
}

type DeadlineGroup = StaffDashboard['deadlines']['near'];
type CountedRow = Awaited<ReturnType<typeof deadlineRows>>[number];

const countOf = (counted: CountedRow[], bucket: string, kind: string) =>
  Number(counted.find((r) => r.bucket === bucket && r.kind === kind)?.n ?? 0);

function deadlines(rows: CountedRow[]): StaffDashboard['deadlines'] {
  const counted = rows.filter((row) => row.case_id === null);
  const listed = rows.filter((row) => row.case_id !== null);
  const group = (bucket: Bucket): DeadlineGroup => {
    const byKind = DASHBOARD_DEADLINE_KINDS.map((kind) => ({
      kind,
      count: countOf(counted, bucket, kind),
    })).filter((entry) => entry.count > 0);
    return {
      total: byKind.reduce((sum, entry) => sum + entry.count, 0),
      byKind,
      items: listed
        .filter((row) => row.bucket === bucket)
        .map((row) => ({
          caseId: String(row.case_id),
          caseNumber: String(row.case_number),
          programme: row.programme as 'qc' | 'fr',
          status: String(row.status),
          kind: row.kind as DashboardDeadlineKind,
          dueAt: iso(row.due_at),
        })),
    };
  };
  return { near: group('near'), past: group('past') };
}

type MediationList = StaffDashboard['mediation']['alert'];

const listFields = {
  id: cases.id,
  caseNumber: cases.caseNumber,
  programme: cases.programme,
  state: cases.state,
  overdueSince: cases.overdueSince,
  mediatorUserId: cases.mediatorUserId,
  givenName: users.givenName,
  familyName: users.familyName,
};

/**
 * The first rows of a mediation list, ordered by `at` then case, read on an index; then the
 * listed cases and their mediators.
 */
function listedCases(
  db: Executor,
  from: PgTable,
  caseId: AnyPgColumn,
  at: AnyPgColumn,
  where: SQL,
) {
  const first = db
    .select({
      caseId: sql<string>`${caseId}`.as('listed_case_id'),
      at: sql<Date>`${at}`.as('listed_at'),
    })
    .from(from)
    .where(where)
    .orderBy(asc(at), asc(caseId))
    .limit(writtenLimit(LIST_LIMIT))
    .as('first');
  return runBuiltNamed(
    db
      .select(listFields)
      .from(first)
      .innerJoin(cases, eq(cases.id, first.caseId))
      .leftJoin(users, eq(users.id, cases.mediatorUserId))
      .orderBy(asc(first.at), asc(first.caseId)),
  );
}

/**
 * QC-20: day 60 reached and the end of mediation not, the end soonest first: the uncancelled
 * `mediation_end` rows still ahead (cases in mediation) whose case has reached its
 * `mediation_alert` row. Read from the soonest end on, so the scan stops after about ten
 * probes whatever the backlog (fr cases, which have no alert, are skipped).
 */
function alertRows(db: Executor, now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  // A correlated sub-select with LIMIT, not EXISTS: the planner would turn EXISTS into a join
  // from the reached alerts (5,200 at 1,000,000 cases) instead of probing the first ends. The
  // outer row's column is spelled out: drizzle leaves a lone table's columns unqualified.
  const alertReached = sql`(SELECT a.due_at FROM case_deadlines a
    WHERE a.case_id = "case_deadlines"."case_id" AND a.key = 'mediation_alert'
      AND a.kind = 'mediation_alert' AND a.cancelled_at IS NULL
    ORDER BY a.due_at LIMIT 1) <= ${at}`;
  const where = and(
    sql`${caseDeadlines.cancelledAt} IS NULL AND ${caseDeadlines.kind} = 'mediation_end'`,
    sql`${caseDeadlines.dueAt} > ${at}`,
    alertReached,
  )!;
  return listedCases(db, caseDeadlines, caseDeadlines.caseId, caseDeadlines.dueAt, where);
}

/** QC-20: flagged past the end of mediation (the flag is cleared when the case leaves it). */
function overdueRows(db: Executor) {
  return listedCases(db, cases, cases.id, cases.overdueSince, isNotNull(cases.overdueSince));
}

/**
 * The lists' totals from the deadline statement's counter rows (migrations 0009, 0011, 0013):
 * the overdue flags, the open follow-ups, and the reached day-60 alerts less the qc mediations
 * whose end is reached too (only qc mediations have an alert, and it always comes before the end).
 */
function listTotals(rows: CountedRow[]) {
  const counted = rows.filter((row) => row.case_id === null);
  return {
    overdue: countOf(counted, 'flag', 'overdue'),
    followups: countOf(counted, 'flag', 'followup_open'),
    alert:
      countOf(counted, 'past', 'mediation_alert') - countOf(counted, 'past', 'mediation_end_qc'),
  };
}

type ListRow = Awaited<ReturnType<typeof overdueRows>>[number];

/** The list with each case's day of mediation (read from the state of the listed rows only). */
function mediationList(rows: ListRow[], count: number, now: Date): MediationList {
  return {
    count,
    items: rows.map((row) => {
      const progress = mediationProgress(row.state as CaseState, now);
      return {
        caseId: row.id,
        caseNumber: row.caseNumber,
        programme: row.programme,
        day: progress?.day ?? null,
        maxDays: progress?.maxDays ?? null,
        endsAt: progress?.endsAt ?? null,
        overdueSince: row.overdueSince?.toISOString() ?? null,
        mediator:
          row.mediatorUserId === null
            ? null
            : {
                userId: row.mediatorUserId,
                name: `${row.givenName ?? ''} ${row.familyName ?? ''}`.trim(),
              },
      };
    }),
  };
}

export async function staffDashboard(db: Executor, now: Date): Promise<StaffDashboard> {
  const counts = await openCounts(db);
  const awaiting = await queueItems(db, now, { limit: AWAITING_SHOWN });
  const awaitingCount = counts
    .filter((row) => row.status === AWAITING_MEDIATOR)
    .reduce((sum, row) => sum + row.count, 0);
  const soon = new Date(now.getTime() + NEAR_DAYS * 86_400_000);
  const deadlineCounts = await deadlineRows(db, now, soon);
  const totals = listTotals(deadlineCounts);
  return {
    generatedAt: now.toISOString(),
    counts,
    awaitingMediator: { count: awaitingCount, oldest: awaiting.items },
    deadlines: deadlines(deadlineCounts),
    mediation: {
      alert: mediationList(await alertRows(db, now), totals.alert, now),
      overdue: mediationList(await overdueRows(db), totals.overdue, now),
    },
    followups: { open: totals.followups, newest: await newestOpenFollowups(db, LIST_LIMIT) },
  };
}
