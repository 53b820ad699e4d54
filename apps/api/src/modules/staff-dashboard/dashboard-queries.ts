/**
 * STF-1: what the office follows, metadata only (STF-2). No query here reads all open cases,
 * nor the backlog of late ones: counts by status, by deadline and the lists' totals come from
 * trigger-kept counters (`case_status_counts`, `case_deadline_counts`, `case_flag_counts`:
 * migrations 0007, 0009, 0011, 0013); lists from ordered index ranges cut at 10
 * (`case_deadlines_current_idx`, `cases_overdue_idx`, the follow-ups' open index), then the
 * listed cases by key. Lists link to the case; counts say how many there are in all. Everything
 * is read in one statement with the session (`dashboard-statement.ts`).
 */
import {
  DASHBOARD_DEADLINE_KINDS,
  type DashboardDeadlineKind,
  type StaffDashboard,
} from '@entente/contracts';
import { mediationProgress } from '@entente/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { notFound } from '../../platform/errors.js';
import { requireUserWith } from '../auth/request-auth.js';
import { isStaffUser } from '../businesses/business-access.js';
import { followupViewOf } from '../mediation/followups.js';
import { AWAITING_MEDIATOR, queueItemOf } from '../mediation/mediation-queue.js';
import {
  dashboardStatement,
  type DeadlineRow,
  type JsonFollowupRow,
  type MediationRow,
} from './dashboard-statement.js';

const NEAR_DAYS = 7;

type Bucket = 'near' | 'past';
type DeadlineGroup = StaffDashboard['deadlines']['near'];
type MediationList = StaffDashboard['mediation']['alert'];

const iso = (value: string) => new Date(value).toISOString();
const date = (value: string | null) => (value === null ? null : new Date(value));

const countOf = (counted: DeadlineRow[], bucket: string, kind: string) =>
  Number(counted.find((r) => r.bucket === bucket && r.kind === kind)?.n ?? 0);

function deadlines(rows: DeadlineRow[]): StaffDashboard['deadlines'] {
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
          dueAt: iso(String(row.due_at)),
        })),
    };
  };
  return { near: group('near'), past: group('past') };
}

/**
 * The lists' totals from the counter rows (migrations 0009, 0011, 0013): the overdue flags, the
 * open follow-ups, and the reached day-60 alerts less the qc mediations whose end is reached too
 * (only qc mediations have an alert, and it always comes before the end).
 */
function listTotals(rows: DeadlineRow[]) {
  const counted = rows.filter((row) => row.case_id === null);
  return {
    overdue: countOf(counted, 'flag', 'overdue'),
    followups: countOf(counted, 'flag', 'followup_open'),
    alert:
      countOf(counted, 'past', 'mediation_alert') - countOf(counted, 'past', 'mediation_end_qc'),
  };
}

const isoOrNull = (value: string | null) => (value === null ? null : iso(value));

/** The clock's dates as the state writes them (`…Z`): PostgreSQL's JSON writes `+00:00`. */
const clockOf = ({ mediationStartedAt, due, ...rest }: MediationRow['clock']) => ({
  ...rest,
  mediationStartedAt: isoOrNull(mediationStartedAt),
  due: {
    mediationEndsAt: isoOrNull(due.mediationEndsAt),
    mediationAlertAt: isoOrNull(due.mediationAlertAt),
  },
});

/** The list with each case's day of mediation (from the listed cases' mediation columns). */
function mediationList(rows: MediationRow[], count: number, now: Date): MediationList {
  return {
    count,
    items: rows.map((row) => {
      const progress = mediationProgress(clockOf(row.clock), now);
      return {
        caseId: row.id,
        caseNumber: row.caseNumber,
        programme: row.programme,
        day: progress?.day ?? null,
        maxDays: progress?.maxDays ?? null,
        endsAt: progress?.endsAt ?? null,
        overdueSince: row.overdueSince === null ? null : iso(row.overdueSince),
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

const followupOf = ({ followup: f, ...rest }: JsonFollowupRow) =>
  followupViewOf({
    ...rest,
    followup: { ...f, createdAt: new Date(f.createdAt), resolvedAt: date(f.resolvedAt) },
  });

/** The dashboard for the request's signed-in staff member or administrator; 404 to anyone else. */
export async function staffDashboard(
  ctx: AppContext,
  request: FastifyRequest,
): Promise<StaffDashboard> {
  const now = ctx.clock.now();
  const soon = new Date(now.getTime() + NEAR_DAYS * 86_400_000);
  const found = await requireUserWith(ctx, request, async (sessionHash) => {
    const [row] = await dashboardStatement(ctx.database.db).execute({
      sessionHash,
      now: now.toISOString(),
      soon: soon.toISOString(),
    });
    return row;
  });
  if (!isStaffUser(found.user)) throw notFound();
  const counts = found.counts ?? [];
  const deadlineRows = found.deadlines ?? [];
  const totals = listTotals(deadlineRows);
  return {
    generatedAt: now.toISOString(),
    counts,
    awaitingMediator: {
      count: counts
        .filter((row) => row.status === AWAITING_MEDIATOR)
        .reduce((sum, row) => sum + row.count, 0),
      oldest: (found.awaiting ?? []).map((row) => queueItemOf(row, now)),
    },
    deadlines: deadlines(deadlineRows),
    mediation: {
      alert: mediationList(found.alert ?? [], totals.alert, now),
      overdue: mediationList(found.overdue ?? [], totals.overdue, now),
    },
    followups: { open: totals.followups, newest: (found.followups ?? []).map(followupOf) },
  };
}
