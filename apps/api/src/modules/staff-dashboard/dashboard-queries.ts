/**
 * STF-1: what the office follows, metadata only (STF-2). No query here reads all open cases:
 * counts come from `case_status_counts` (kept by a trigger, migration 0007), deadlines and the
 * day-60 alerts from the current-step rows of `case_deadlines` (`case_deadlines_current_idx`),
 * overdue mediations from `cases_overdue_idx`, follow-ups from their open index. Each costs what
 * it lists or counts (the backlog of late cases), not the size of the platform. Lists are short
 * (10) and link to the case; counts say how many there are in all.
 */
import {
  DASHBOARD_DEADLINE_KINDS,
  type DashboardDeadlineKind,
  type StaffDashboard,
} from '@entente/contracts';
import { mediationProgress, type CaseState } from '@entente/domain';
import { and, asc, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { caseDeadlines, cases, caseStatusCounts, users } from '../../db/schema/index.js';
import { rowsOf } from '../../platform/rate-limit.js';
import { openFollowups } from '../mediation/followups.js';
import { AWAITING_MEDIATOR, queueItems } from '../mediation/mediation-queue.js';

export const LIST_LIMIT = 10;
const AWAITING_SHOWN = 5;
const NEAR_DAYS = 7;

const iso = (value: unknown) => new Date(value as string | Date).toISOString();

/** Open cases by programme and status: the sum of each pair's counter rows. */
async function openCounts(db: Executor) {
  const n = sql<number>`sum(${caseStatusCounts.count})::int`;
  const rows = await db
    .select({ programme: caseStatusCounts.programme, status: caseStatusCounts.status, count: n })
    .from(caseStatusCounts)
    .where(sql`${caseStatusCounts.status} <> 'closed'`)
    .groupBy(caseStatusCounts.programme, caseStatusCounts.status)
    .having(sql`${n} > 0`)
    .orderBy(asc(caseStatusCounts.programme), asc(caseStatusCounts.status));
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

// Literal, not bound: the planner must see that the filter implies the partial index's.
const deadlineKinds = sql.raw(DASHBOARD_DEADLINE_KINDS.map((kind) => `'${kind}'`).join(', '));

/**
 * The followed deadlines due before `soon`, past ones included: uncancelled rows are the open
 * cases' current steps (`syncDeadlines` cancels a row when its step ends or moves later). One
 * statement returns the counts by bucket and kind and the first rows of each bucket.
 */
async function deadlineRows(db: Executor, now: Date, soon: Date) {
  return rowsOf(
    await db.execute(sql`
      WITH relevant AS MATERIALIZED (
        SELECT d.case_id, d.kind, d.due_at,
          CASE WHEN d.due_at <= ${now.toISOString()}::timestamptz THEN 'past' ELSE 'near' END AS bucket
        FROM case_deadlines d
        WHERE d.cancelled_at IS NULL AND d.kind IN (${deadlineKinds})
          AND d.due_at < ${soon.toISOString()}::timestamptz
      ), listed AS (
        SELECT * FROM (
          SELECT relevant.*, row_number() OVER (PARTITION BY bucket ORDER BY due_at, case_id) AS rn
          FROM relevant) ranked
        WHERE rn <= ${LIST_LIMIT}
        -- At most one list per bucket: saying so lets the planner read those cases by key.
        LIMIT ${2 * LIST_LIMIT}
      )
      SELECT bucket, kind, count(*)::int AS n, NULL::uuid AS case_id, NULL::text AS case_number,
        NULL::text AS programme, NULL::text AS status, NULL::timestamptz AS due_at
      FROM relevant GROUP BY bucket, kind
      UNION ALL
      SELECT l.bucket, l.kind, NULL, l.case_id, c.case_number, c.programme, c.status, l.due_at
      FROM listed l JOIN cases c ON c.id = l.case_id
      ORDER BY due_at, case_id`),
  );
}

type Bucket = 'near' | 'past';
type DeadlineGroup = StaffDashboard['deadlines']['near'];

async function deadlines(db: Executor, now: Date): Promise<StaffDashboard['deadlines']> {
  const soon = new Date(now.getTime() + NEAR_DAYS * 86_400_000);
  const rows = await deadlineRows(db, now, soon);
  const counted = rows.filter((row) => row.case_id === null);
  const listed = rows.filter((row) => row.case_id !== null);
  const group = (bucket: Bucket): DeadlineGroup => {
    const byKind = DASHBOARD_DEADLINE_KINDS.map((kind) => ({
      kind,
      count: Number(counted.find((r) => r.bucket === bucket && r.kind === kind)?.n ?? 0),
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
  // Counted before LIMIT: the list and its total in one statement.
  total: sql<number>`count(*) OVER ()`.mapWith(Number),
};

/**
 * QC-20: day 60 reached and not yet flagged overdue by the deadline job. The reached
 * `mediation_alert` rows are those of cases still in mediation (cancelled when it ends).
 */
function alertRows(db: Executor, now: Date) {
  return db
    .select(listFields)
    .from(caseDeadlines)
    .innerJoin(cases, eq(cases.id, caseDeadlines.caseId))
    .leftJoin(users, eq(users.id, cases.mediatorUserId))
    .where(
      and(
        sql`${caseDeadlines.cancelledAt} IS NULL AND ${caseDeadlines.kind} = 'mediation_alert'`,
        lte(caseDeadlines.dueAt, now),
        isNull(cases.overdueSince),
      ),
    )
    .orderBy(asc(caseDeadlines.dueAt), asc(cases.id))
    .limit(LIST_LIMIT);
}

/** QC-20: flagged past the end of mediation (the flag is cleared when the case leaves it). */
function overdueRows(db: Executor) {
  return db
    .select(listFields)
    .from(cases)
    .leftJoin(users, eq(users.id, cases.mediatorUserId))
    .where(isNotNull(cases.overdueSince))
    .orderBy(asc(cases.overdueSince), asc(cases.id))
    .limit(LIST_LIMIT);
}

type ListRow = Awaited<ReturnType<typeof overdueRows>>[number];

/** The list with each case's day of mediation (read from the state of the listed rows only). */
function mediationList(rows: ListRow[], now: Date): MediationList {
  return {
    count: rows[0]?.total ?? 0,
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
  return {
    generatedAt: now.toISOString(),
    counts,
    awaitingMediator: { count: awaitingCount, oldest: awaiting.items },
    deadlines: await deadlines(db, now),
    mediation: {
      alert: mediationList(await alertRows(db, now), now),
      overdue: mediationList(await overdueRows(db), now),
    },
    followups: await openFollowups(db, LIST_LIMIT),
  };
}
