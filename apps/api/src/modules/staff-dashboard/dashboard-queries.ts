/**
 * STF-1: what the office follows, metadata only (STF-2). Every query starts from open cases
 * (`cases_open_programme_status_idx`, partial on `status <> 'closed'`), from the pending
 * deadlines of the next days, or from open follow-ups: the closed bulk of the platform is never
 * scanned, so a request costs the same after years of closed cases. Lists are short (10) and
 * link to the case; counts say how many there are in all.
 */
import {
  DASHBOARD_DEADLINE_KINDS,
  type DashboardDeadlineKind,
  type StaffDashboard,
} from '@entente/contracts';
import { mediationProgress, type CaseState } from '@entente/domain';
import { and, asc, count, eq, inArray, isNotNull, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cases, users } from '../../db/schema/index.js';
import { rowsOf } from '../../platform/rate-limit.js';
import { openFollowups, MEDIATION_STATUSES } from '../mediation/followups.js';
import { awaitingMediatorCount, queueItems } from '../mediation/mediation-queue.js';

export const LIST_LIMIT = 10;
const AWAITING_SHOWN = 5;
const NEAR_DAYS = 7;

/**
 * The statuses in which each followed deadline is still the case's next step (as
 * `deadlinesFor` in the domain): a deadline of an earlier step that fired is history.
 */
const DEADLINE_STATUSES: { readonly [K in DashboardDeadlineKind]: readonly string[] } = {
  draft_expiry: ['draft'],
  professional_answer: ['awaiting_professional'],
  admissibility_decision: ['awaiting_assignment', 'admissibility_review'],
  mediation_end: MEDIATION_STATUSES,
};

const iso = (value: unknown) => new Date(value as string | Date).toISOString();

/** Open cases by programme and status: an index-only count on the partial index. */
async function openCounts(db: Executor) {
  const rows = await db
    .select({ programme: cases.programme, status: cases.status, count: count() })
    .from(cases)
    .where(ne(cases.status, 'closed'))
    .groupBy(cases.programme, cases.status)
    .orderBy(asc(cases.programme), asc(cases.status));
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/**
 * The followed deadlines of open cases due before `soon` (past ones included), each the latest
 * of its key (an extension adds a later row and the earlier one is history) and still relevant
 * to the case's status. The open cases are read first (partial index), then their deadlines by
 * `case_deadlines_case_key_due_idx`.
 */
function relevantDeadlines(now: Date, soon: Date): SQL {
  const pairs = sql.join(
    DASHBOARD_DEADLINE_KINDS.flatMap((kind) =>
      DEADLINE_STATUSES[kind].map((status) => sql`(${kind}, ${status})`),
    ),
    sql`, `,
  );
  return sql`
    WITH open_cases AS MATERIALIZED (
      SELECT id, case_number, programme, status FROM cases WHERE status <> 'closed'
    ), relevant AS (
      SELECT o.id AS case_id, o.case_number, o.programme, o.status, d.kind, d.due_at,
        CASE WHEN d.due_at <= ${now.toISOString()}::timestamptz THEN 'past' ELSE 'near' END AS bucket
      FROM open_cases o
      JOIN case_deadlines d ON d.case_id = o.id
      WHERE d.cancelled_at IS NULL
        AND d.due_at < ${soon.toISOString()}::timestamptz
        AND (d.kind, o.status) IN (VALUES ${pairs})
        AND NOT EXISTS (
          SELECT 1 FROM case_deadlines later
          WHERE later.case_id = d.case_id AND later.key = d.key
            AND later.due_at > d.due_at AND later.cancelled_at IS NULL)
    )`;
}

type Bucket = 'near' | 'past';
type DeadlineGroup = StaffDashboard['deadlines']['near'];

async function deadlines(db: Executor, now: Date): Promise<StaffDashboard['deadlines']> {
  const soon = new Date(now.getTime() + NEAR_DAYS * 86_400_000);
  const base = relevantDeadlines(now, soon);
  const counted = rowsOf(
    await db.execute(
      sql`${base} SELECT bucket, kind, count(*)::int AS n FROM relevant GROUP BY bucket, kind`,
    ),
  );
  const listed = rowsOf(
    await db.execute(sql`${base}
      SELECT * FROM (
        SELECT relevant.*, row_number() OVER (PARTITION BY bucket ORDER BY due_at, case_id) AS rn
        FROM relevant) ranked
      WHERE rn <= ${LIST_LIMIT} ORDER BY due_at, case_id`),
  );
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

/** QC-20: cases in mediation matching `where`, with their day of mediation. */
async function mediationList(
  db: Executor,
  now: Date,
  where: SQL | undefined,
  order: SQL,
): Promise<MediationList> {
  const inMediation = and(inArray(cases.status, [...MEDIATION_STATUSES]), where);
  const [counted] = await db.select({ n: count() }).from(cases).where(inMediation);
  const rows = await db
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      programme: cases.programme,
      state: cases.state,
      overdueSince: cases.overdueSince,
      mediatorUserId: cases.mediatorUserId,
      givenName: users.givenName,
      familyName: users.familyName,
    })
    .from(cases)
    .leftJoin(users, eq(users.id, cases.mediatorUserId))
    .where(inMediation)
    .orderBy(order, asc(cases.id))
    .limit(LIST_LIMIT);
  return {
    count: Number(counted?.n ?? 0),
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

const alertAt = sql`(${cases.state}->'due'->>'mediationAlertAt')::timestamptz`;

export async function staffDashboard(db: Executor, now: Date): Promise<StaffDashboard> {
  const awaiting = await queueItems(db, now, { limit: AWAITING_SHOWN });
  return {
    generatedAt: now.toISOString(),
    counts: await openCounts(db),
    awaitingMediator: { count: await awaitingMediatorCount(db), oldest: awaiting.items },
    deadlines: await deadlines(db, now),
    mediation: {
      // Day 60 reached and not yet flagged overdue by the deadline job.
      alert: await mediationList(
        db,
        now,
        and(isNull(cases.overdueSince), sql`${alertAt} <= ${now.toISOString()}::timestamptz`),
        sql`${alertAt}`,
      ),
      overdue: await mediationList(
        db,
        now,
        isNotNull(cases.overdueSince),
        sql`${cases.overdueSince}`,
      ),
    },
    followups: await openFollowups(db, LIST_LIMIT),
  };
}
