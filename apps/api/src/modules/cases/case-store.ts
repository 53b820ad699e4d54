/**
 * Reading and writing the case row and its journal. Events are stored one per row with their
 * per-case `seq`; `toDomainEvent` gives back exactly what `decide` produced, so `replay` works on
 * what the database holds.
 */
import type { CaseEvent, CaseState } from '@entente/domain';
import { and, asc, eq, sql, type Placeholder } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.js';
import { caseEvents, caseMembers, cases, type CaseRelation } from '../../db/schema/index.js';
import { BuiltOnce, orderSelectedFields } from '../../platform/built-once.js';
import { relationsFrom } from './case-reads.js';
import { runDecision } from './decision-statement.js';

export type CaseRow = typeof cases.$inferSelect;
export type EventRow = typeof caseEvents.$inferSelect;
export interface StoredEvent {
  readonly seq: number;
  readonly event: CaseEvent;
}

/** Reads the case and locks its row until the transaction ends (both engines support it). */
export async function lockCase(tx: Tx, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await tx
    .select()
    .from(cases)
    .where(eq(cases.id, caseId))
    .for('update')
    .prepare('case_lock')
    .execute();
  return row;
}

/** The user's relations to the `cases` row of the query (members, and ORG-1's business roles). */
function relationColumns(userId: string | Placeholder) {
  const outer = { id: sql.raw('"cases"."id"'), businessId: sql.raw('"cases"."business_id"') };
  return {
    members: sql<CaseRelation[]>`coalesce((select array_agg(cm.relation) from case_members cm
      where cm.case_id = ${outer.id} and cm.user_id = ${userId} and cm.active), '{}')`,
    business: sql<('respondent' | 'representative')[]>`coalesce((select array_agg(bm.role)
      from business_members bm where bm.business_id = ${outer.businessId}
        and bm.user_id = ${userId} and bm.removed_at is null), '{}')`,
  };
}

const lockSelection = {
  row: cases,
  ...relationColumns(sql.placeholder('userId')),
  seen: sql<number>`(select c.version from cases c where c.id = ${sql.placeholder('caseId')})`,
};

/** Built once, named: PostgreSQL plans it once per connection (`BuiltOnce`). */
const caseLockFor = new BuiltOnce(
  (db) =>
    db
      .select(lockSelection)
      .from(cases)
      .where(eq(cases.id, sql.placeholder('caseId')))
      .for('update'),
  { name: 'case_lock_for', fields: orderSelectedFields(lockSelection) },
);

type LockedRow = {
  row: CaseRow;
  members: CaseRelation[];
  business: ('respondent' | 'representative')[];
  seen: number;
};

/**
 * `lockCase` and the user's relations in one round trip. A writer that committed while this
 * statement waited for the lock shows in the row but not in the subqueries, which keep the
 * statement's snapshot: the version read under that snapshot tells, and the relations are read
 * again then (every change of `case_members` comes with a new version of the case).
 */
export async function lockCaseFor(
  tx: Tx,
  caseId: string,
  userId: string,
): Promise<{ row: CaseRow; relations: CaseRelation[] } | undefined> {
  const [found] = (await caseLockFor.run(tx, { caseId, userId })) as LockedRow[];
  if (found === undefined) return undefined;
  if (Number(found.seen) === found.row.version) {
    return { row: found.row, relations: relationsFrom(found) };
  }
  const [fresh] = await tx.select(relationColumns(userId)).from(cases).where(eq(cases.id, caseId));
  return { row: found.row, relations: fresh ? relationsFrom(fresh) : [] };
}

export async function readCase(db: Executor, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  return row;
}

/** The user's active relations to the case (several are possible, e.g. respondent and in charge). */
export async function relationsOf(
  db: Executor,
  caseId: string,
  userId: string,
): Promise<CaseRelation[]> {
  const rows = await db
    .select({ relation: caseMembers.relation })
    .from(caseMembers)
    .where(
      and(
        eq(caseMembers.caseId, caseId),
        eq(caseMembers.userId, userId),
        eq(caseMembers.active, true),
      ),
    );
  return rows.map((row) => row.relation);
}

const dateOrNull = (iso: string | null | undefined): Date | null =>
  iso === null || iso === undefined ? null : new Date(iso);

/** Columns of `cases` derived from the state (the projection of the case itself). */
export function caseColumns(state: CaseState, now: Date) {
  return {
    status: state.status,
    outcome: state.closure?.outcome ?? null,
    mediatorUserId: state.mediator?.userId ?? null,
    merchantRepresentativeUserId: state.merchantRepresentative?.userId ?? null,
    submittedAt: dateOrNull(state.submittedAt),
    closedAt: dateOrNull(state.closure?.closedAt),
    readableUntil: dateOrNull(state.closure?.readableUntil),
    mediationRequestedAt: dateOrNull(state.mediationRequestedAt),
    mediationStartedAt: dateOrNull(state.mediationStartedAt),
    mediationEndsAt: dateOrNull(state.due.mediationEndsAt),
    mediationAlertAt: dateOrNull(state.due.mediationAlertAt),
    state,
    version: state.revision,
    updatedAt: now,
  };
}

export async function insertCaseRow(tx: Tx, state: CaseState, now: Date): Promise<void> {
  await tx.insert(cases).values({
    id: state.caseId,
    programme: state.programme,
    referenceNumber: state.referenceNumber,
    caseNumber: state.caseNumber,
    consumerUserId: state.consumer.userId,
    businessId: state.business.businessId,
    openedAt: new Date(state.openedAt),
    settings: state.settings,
    overdueSince: null,
    ...caseColumns(state, now),
  });
}

/** Thrown when the snapshot changed under a command: its transaction must not commit. */
export class CaseVersionConflict extends Error {
  constructor() {
    super('the case changed meanwhile');
    this.name = 'CaseVersionConflict';
  }
}

/**
 * Appends the events after `row.version` and writes the new snapshot, in one statement. The
 * `version` check is a second guard after the row lock and the journal's unique `seq`: when it
 * fails the appended events are already in the statement, so it throws for the transaction to
 * roll back. QC-20's overdue flag is cleared when an FR-9 extension moves the mediation's end
 * into the future again.
 */
export async function writeDecision(
  tx: Tx,
  row: CaseRow,
  state: CaseState,
  events: readonly CaseEvent[],
  now: Date,
): Promise<StoredEvent[]> {
  const endsAt = state.due.mediationEndsAt;
  const stillOverdue = state.status === 'closed' || endsAt === null || new Date(endsAt) <= now;
  const stored = events.map((event, index) => ({ seq: row.version + index + 1, event }));
  const set = {
    ...caseColumns(state, now),
    overdueSince: stillOverdue ? row.overdueSince : null,
  };
  const journal = stored.map(({ seq, event }) => toEventRow(event, seq));
  const updated = await runDecision(tx, { id: row.id, version: row.version }, set, journal);
  if (updated !== 1) throw new CaseVersionConflict();
  return stored;
}

export function toEventRow(event: CaseEvent, seq: number): typeof caseEvents.$inferInsert {
  return {
    caseId: event.caseId,
    seq,
    type: event.type,
    actorUserId: event.actor.role === 'system' ? null : event.actor.userId,
    actorRole: event.actor.role,
    at: new Date(event.at),
    payload: event.payload as unknown as Record<string, unknown>,
  };
}

export function toDomainEvent(row: EventRow): CaseEvent {
  return {
    type: row.type,
    caseId: row.caseId,
    actor: { userId: row.actorUserId ?? 'system', role: row.actorRole },
    at: row.at.toISOString(),
    payload: row.payload,
  } as unknown as CaseEvent;
}

/** Appends events after `version`; a concurrent writer breaks the unique (case_id, seq). */
export async function appendEvents(
  tx: Tx,
  version: number,
  events: readonly CaseEvent[],
): Promise<StoredEvent[]> {
  if (events.length === 0) return [];
  const stored = events.map((event, index) => ({ seq: version + index + 1, event }));
  await tx.insert(caseEvents).values(stored.map(({ seq, event }) => toEventRow(event, seq)));
  return stored;
}

export async function loadJournal(db: Executor, caseId: string): Promise<EventRow[]> {
  return db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.seq));
}
