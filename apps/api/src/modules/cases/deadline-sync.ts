/**
 * Keeps the uncancelled rows of `case_deadlines` equal to `deadlinesFor(state)` after each
 * command. Rows are never rewritten in place: a deadline that moves later is cancelled and added
 * again, one that ended is cancelled (fired or not), and a fired row is never fired again (the
 * job claims unfired rows only). A `mediation_end` row also carries the date of the case's
 * current `mediation_alert` row (`alert_due_at`, QC-20's list on the dashboard).
 */
import { deadlinesFor, type CaseState, type Deadline } from '@entente/domain';
import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { caseDeadlines } from '../../db/schema/index.js';

type DeadlineRow = typeof caseDeadlines.$inferSelect;

const pending = (row: DeadlineRow) => row.firedAt === null && row.cancelledAt === null;

const sameDeadline = (a: Deadline, b: Deadline) =>
  a.key === b.key && a.kind === b.kind && a.dueAt === b.dueAt && a.action === b.action;

/**
 * Whether a command leaves the case's deadlines as they were. Every change of a case's state
 * comes through `syncDeadlines`, so its rows already match the deadlines of the state before:
 * most commands (a message among them) then neither read nor write them, one round trip fewer
 * per command (issue 7).
 */
function unchanged(before: CaseState | null, wanted: readonly Deadline[]): boolean {
  if (before === null) return false;
  const had = deadlinesFor(before);
  return had.length === wanted.length && had.every((d, i) => sameDeadline(d, wanted[i]!));
}

export async function syncDeadlines(
  tx: Tx,
  before: CaseState | null,
  state: CaseState,
  now: Date,
): Promise<void> {
  const wanted = deadlinesFor(state);
  if (unchanged(before, wanted)) return;
  const rows = await tx.select().from(caseDeadlines).where(eq(caseDeadlines.caseId, state.caseId));
  const current = new Set<string>();
  const reinstate: string[] = [];
  const insert: (typeof caseDeadlines.$inferInsert)[] = [];
  // The rows that stay current or are added, by kind (the mediation's alert and end are one of
  // their kind): the end's alert date is the kept alert's.
  const kept = new Map<string, { row: DeadlineRow | null; dueAt: Date }>();

  for (const deadline of wanted) {
    const dueAt = new Date(deadline.dueAt);
    const pendingRow = rows.find((row) => row.key === deadline.key && pending(row));
    // Same date: nothing to do. A deadline never moves earlier: keep the later one.
    if (pendingRow !== undefined && pendingRow.dueAt.getTime() >= dueAt.getTime()) {
      current.add(pendingRow.id);
      kept.set(deadline.kind, { row: pendingRow, dueAt: pendingRow.dueAt });
      continue;
    }
    const sameDate = rows.find(
      (row) => row.key === deadline.key && row.dueAt.getTime() === dueAt.getTime(),
    );
    if (sameDate !== undefined) {
      // A fired row stays fired (exactly once); it is current again if it had been cancelled.
      current.add(sameDate.id);
      kept.set(deadline.kind, { row: sameDate, dueAt });
      if (sameDate.cancelledAt !== null) reinstate.push(sameDate.id);
    } else {
      insert.push({
        caseId: state.caseId,
        kind: deadline.kind,
        key: deadline.key,
        dueAt,
        action: deadline.action,
        createdAt: now,
      });
      kept.set(deadline.kind, { row: null, dueAt });
    }
  }
  const realert = alertOfEnd(kept, insert);
  // Every other live row has ended or moved later, fired or not: the staff dashboard (STF-1)
  // reads uncancelled rows as each case's current step.
  const cancel = rows.filter((row) => row.cancelledAt === null && !current.has(row.id));

  if (cancel.length > 0) {
    await tx
      .update(caseDeadlines)
      .set({ cancelledAt: now })
      .where(
        inArray(
          caseDeadlines.id,
          cancel.map((row) => row.id),
        ),
      );
  }
  if (reinstate.length > 0) {
    await tx
      .update(caseDeadlines)
      .set({ cancelledAt: null })
      .where(inArray(caseDeadlines.id, reinstate));
  }
  if (realert !== null) {
    await tx
      .update(caseDeadlines)
      .set({ alertDueAt: realert.alertDueAt })
      .where(eq(caseDeadlines.id, realert.id));
  }
  if (insert.length > 0) await tx.insert(caseDeadlines).values(insert);
}

/**
 * Writes the alert's date on a new end row (in `insert`); for an end row kept whose date differs,
 * returns the update to make.
 */
function alertOfEnd(
  kept: Map<string, { row: DeadlineRow | null; dueAt: Date }>,
  insert: (typeof caseDeadlines.$inferInsert)[],
): { id: string; alertDueAt: Date | null } | null {
  const end = kept.get('mediation_end');
  if (end === undefined) return null;
  const alertDueAt = kept.get('mediation_alert')?.dueAt ?? null;
  if (end.row === null) {
    const row = insert.find((candidate) => candidate.kind === 'mediation_end');
    if (row !== undefined) row.alertDueAt = alertDueAt;
    return null;
  }
  const same = end.row.alertDueAt?.getTime() === alertDueAt?.getTime();
  return same ? null : { id: end.row.id, alertDueAt };
}
