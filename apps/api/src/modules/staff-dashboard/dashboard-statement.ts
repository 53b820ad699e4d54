/**
 * STF-1 in one round trip (issue 7): the session, its user and every part of the dashboard in a
 * single named statement, each part a JSON sub-select. As six statements after the session's own,
 * the dashboard spent more of its time sending queries and reading answers than running them.
 * Each part keeps the index shape described in `dashboard-queries.ts` and docs/performance.md.
 */
import { DASHBOARD_DEADLINE_KINDS } from '@entente/contracts';
import type { MediationClock } from '@entente/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { AppDb } from '../../db/client.js';
import { writtenSize, writtenText } from '../../platform/named-sql.js';
import { sessionStatement } from '../auth/sessions.js';
import type { FollowupRow } from '../mediation/followups.js';
import { queueRows, type QueueRow } from '../mediation/mediation-queue.js';
import { staffOnly } from '../businesses/business-access.js';

const LIST_LIMIT = 10;
const AWAITING_SHOWN = 5;

/** JSON has no dates: timestamps arrive as text and are read back with `new Date`. */
type Json<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

export type CountRow = { programme: 'qc' | 'fr'; status: string; count: number };
export type DeadlineRow = {
  bucket: string;
  kind: string;
  n: number | null;
  case_id: string | null;
  case_number: string | null;
  programme: string | null;
  status: string | null;
  due_at: string | null;
};
export type MediationRow = {
  id: string;
  caseNumber: string;
  programme: 'qc' | 'fr';
  overdueSince: string | null;
  mediatorUserId: string | null;
  givenName: string | null;
  familyName: string | null;
  /** The fields of the state `mediationProgress` reads. */
  clock: MediationClock;
};
export type JsonFollowupRow = Omit<FollowupRow, 'followup'> & {
  followup: Json<FollowupRow['followup']>;
};

// The clock as sub-selects, not values the planner sees: with them bound, PostgreSQL planned
// the deadline ranges afresh on every run (1.7 ms at 1,000,000 cases, more than running them).
const NOW = sql`(SELECT ${sql.placeholder('now')}::timestamptz)`;
const SOON = sql`(SELECT ${sql.placeholder('soon')}::timestamptz)`;
const agg = (item: SQL, order: SQL) =>
  sql`coalesce(json_agg(${item} ORDER BY ${order}), '[]'::json)`;

const counts = sql`SELECT ${agg(
  sql`json_build_object('programme', programme, 'status', status, 'count', n)`,
  sql`programme, status`,
)} FROM (SELECT programme, status, sum(n)::int AS n FROM case_status_counts
  WHERE status <> 'closed' GROUP BY programme, status HAVING sum(n) > 0) x`;

/** Also counted: what the day-60 total is made of (`listTotals`). */
const countedKinds = sql.join(
  [...DASHBOARD_DEADLINE_KINDS, 'mediation_alert', 'mediation_end_qc'].map(writtenText),
  sql`, `,
);

/**
 * The first rows of one bucket: one index range per kind, each read in `due_at` order and cut at
 * the list's length, then merged. A single range over all kinds would read and sort every
 * deadline of the bucket (60,000 at 1,000,000 cases).
 */
function firstOfBucket(bucket: 'near' | 'past', range: SQL) {
  const perKind = DASHBOARD_DEADLINE_KINDS.map(
    (kind) => sql`(SELECT d.case_id, d.kind, d.due_at FROM case_deadlines d
      WHERE d.cancelled_at IS NULL AND d.kind = ${writtenText(kind)} AND ${range}
      ORDER BY d.due_at, d.case_id LIMIT ${writtenSize(LIST_LIMIT)})`,
  );
  return sql`SELECT ${writtenText(bucket)}::text AS bucket, merged.*
    FROM (${sql.join(perKind, sql` UNION ALL `)}) merged
    ORDER BY due_at, case_id LIMIT ${writtenSize(LIST_LIMIT)}`;
}

/**
 * The followed deadlines due before `soon`, past ones included, counted by bucket and kind from
 * `case_deadline_counts`; the flag counters' totals (bucket `flag`: overdue mediations, open
 * follow-ups); and the first rows of each bucket with their cases.
 */
const deadlines = sql`SELECT ${agg(sql`x`, sql`x.due_at, x.case_id`)} FROM (
  SELECT CASE WHEN due_at <= ${NOW} THEN 'past' ELSE 'near' END AS bucket, kind,
    sum(n)::int AS n, NULL::uuid AS case_id, NULL::text AS case_number,
    NULL::text AS programme, NULL::text AS status, NULL::timestamptz AS due_at
  FROM case_deadline_counts
  WHERE kind IN (${countedKinds}) AND due_at < ${SOON}
  GROUP BY 1, 2
  HAVING sum(n) <> 0
  UNION ALL
  SELECT 'flag', flag, sum(n)::int, NULL, NULL, NULL, NULL, NULL
  FROM case_flag_counts WHERE flag IN ('overdue', 'followup_open')
  GROUP BY flag
  UNION ALL
  SELECT l.bucket, l.kind, NULL, l.case_id, c.case_number, c.programme, c.status, l.due_at
  FROM ((${firstOfBucket('past', sql`d.due_at <= ${NOW}`)})
    UNION ALL (${firstOfBucket('near', sql`d.due_at > ${NOW} AND d.due_at < ${SOON}`)})) l
  JOIN cases c ON c.id = l.case_id) x`;

/**
 * A mediation list: its first cases (`first`: case_id, at) with their mediators and what the day
 * count needs (`MediationClock`), from the case's columns: read from the state, each listed case
 * cost a decompression of its whole snapshot, a quarter of this statement's time (ADR 0023).
 */
const mediationList = (first: SQL) => sql`SELECT ${agg(
  sql`json_build_object('id', c.id, 'caseNumber', c.case_number, 'programme', c.programme,
    'overdueSince', c.overdue_since, 'mediatorUserId', c.mediator_user_id,
    'givenName', u.given_name, 'familyName', u.family_name,
    'clock', json_build_object('mediationStartedAt', c.mediation_started_at, 'status', c.status,
      'due', json_build_object('mediationEndsAt', c.mediation_ends_at,
        'mediationAlertAt', c.mediation_alert_at),
      'settings', json_build_object('timeZone', c.settings->'timeZone')))`,
  sql`first.at, first.case_id`,
)} FROM (${first}) first
  JOIN cases c ON c.id = first.case_id
  LEFT JOIN users u ON u.id = c.mediator_user_id`;

/**
 * QC-20: day 60 reached and the end of mediation not, the end soonest first: the current
 * `mediation_end` rows still ahead whose alert date (`alert_due_at`, the case's current
 * `mediation_alert` row) is reached, read in order from `case_deadlines_alerted_end_idx`, which
 * holds the ends of mediations with an alert only (qc): ends without one are never read
 * (migration 0017).
 */
const alert = mediationList(sql`SELECT d.case_id, d.due_at AS at FROM case_deadlines d
  WHERE d.cancelled_at IS NULL AND d.kind = 'mediation_end' AND d.alert_due_at IS NOT NULL
    AND d.due_at > ${NOW} AND d.alert_due_at <= ${NOW}
  ORDER BY d.due_at, d.case_id LIMIT ${writtenSize(LIST_LIMIT)}`);

/** QC-20: flagged past the end of mediation, on `cases_overdue_idx`. */
const overdue = mediationList(sql`SELECT id AS case_id, overdue_since AS at FROM cases
  WHERE overdue_since IS NOT NULL
  ORDER BY overdue_since, id LIMIT ${writtenSize(LIST_LIMIT)}`);

/** The newest open follow-up requests, on `mediation_followups_open_idx`. */
const followups = sql`SELECT ${agg(
  sql`json_build_object('followup', json_build_object('id', f.id, 'caseId', f.case_id,
      'mediatorUserId', f.mediator_user_id, 'party', f.party, 'message', f.message,
      'createdAt', f.created_at, 'resolvedAt', f.resolved_at, 'resolvedBy', f.resolved_by,
      'resolution', f.resolution),
    'caseNumber', c.case_number, 'programme', c.programme,
    'mediator', CASE WHEN m.id IS NULL THEN NULL
      ELSE json_build_object('givenName', m.given_name, 'familyName', m.family_name) END,
    'resolver', NULL)`,
  sql`f.created_at DESC, f.id DESC`,
)} FROM (SELECT * FROM mediation_followups WHERE resolved_at IS NULL
    ORDER BY created_at DESC, id DESC LIMIT ${writtenSize(LIST_LIMIT)}) f
  JOIN cases c ON c.id = f.case_id
  LEFT JOIN users m ON m.id = f.mediator_user_id`;

export const dashboardStatement = (db: AppDb) =>
  sessionStatement(db, 'staff_dashboard', () => ({
    counts: staffOnly<CountRow[]>(counts),
    awaiting: staffOnly<QueueRow[]>(queueRows(AWAITING_SHOWN)),
    deadlines: staffOnly<DeadlineRow[]>(deadlines),
    alert: staffOnly<MediationRow[]>(alert),
    overdue: staffOnly<MediationRow[]>(overdue),
    followups: staffOnly<JsonFollowupRow[]>(followups),
  }));
