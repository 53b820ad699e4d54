/**
 * Reading and writing the case row and its journal. Events are stored one per row with their
 * per-case `seq`; `toDomainEvent` gives back exactly what `decide` produced, so `replay` works on
 * what the database holds.
 */
import type { CaseEvent, CaseState } from '@entente/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.js';
import {
  businessMembers,
  caseEvents,
  caseMembers,
  cases,
  type CaseRelation,
} from '../../db/schema/index.js';

export type CaseRow = typeof cases.$inferSelect;
export type EventRow = typeof caseEvents.$inferSelect;
export interface StoredEvent {
  readonly seq: number;
  readonly event: CaseEvent;
}

/** Reads the case and locks its row until the transaction ends (both engines support it). */
export async function lockCase(tx: Tx, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
  return row;
}

export async function readCase(db: Executor, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  return row;
}

/**
 * The case row with every relation the user holds to it — as a case member, or through an
 * active membership in its business (ORG-1) — in one round trip: every case route starts here,
 * so its cost is paid by every request (issue 7).
 */
export async function readCaseFor(
  db: Executor,
  caseId: string,
  userId: string,
): Promise<{ row: CaseRow; relations: CaseRelation[] } | undefined> {
  // Drizzle leaves a single table's columns unqualified: inside the subqueries `business_id`
  // would name business_members' own column, so the outer row is named explicitly.
  const outer = { id: sql.raw('"cases"."id"'), businessId: sql.raw('"cases"."business_id"') };
  const [found] = await db
    .select({
      row: cases,
      members: sql<
        CaseRelation[]
      >`coalesce((select array_agg(${caseMembers.relation}) from ${caseMembers}
        where ${caseMembers.caseId} = ${outer.id} and ${caseMembers.userId} = ${userId}
          and ${caseMembers.active}), '{}')`,
      business: sql<
        ('respondent' | 'representative')[]
      >`coalesce((select array_agg(${businessMembers.role})
        from ${businessMembers} where ${businessMembers.businessId} = ${outer.businessId}
          and ${businessMembers.userId} = ${userId} and ${businessMembers.removedAt} is null), '{}')`,
    })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (found === undefined) return undefined;
  const business = found.business.map((role) =>
    role === 'respondent' ? 'merchant_respondent' : 'merchant_representative',
  );
  return { row: found.row, relations: [...new Set([...found.members, ...business])] };
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

/**
 * Writes the new snapshot if nobody else did meanwhile (`version` check: a second guard after
 * the row lock and the journal's unique `seq`). QC-20's overdue flag is cleared when an FR-9
 * extension moves the mediation's end into the future again.
 */
export async function updateCaseRow(
  tx: Tx,
  row: CaseRow,
  state: CaseState,
  now: Date,
): Promise<boolean> {
  const endsAt = state.due.mediationEndsAt;
  const stillOverdue = state.status === 'closed' || endsAt === null || new Date(endsAt) <= now;
  const updated = await tx
    .update(cases)
    .set({ ...caseColumns(state, now), overdueSince: stillOverdue ? row.overdueSince : null })
    .where(and(eq(cases.id, row.id), eq(cases.version, row.version)))
    .returning({ id: cases.id });
  return updated.length === 1;
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
