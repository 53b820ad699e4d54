/**
 * QC-23: one year after closing, a case's personal data and documents are deleted. What remains
 * is one anonymous `case_statistics` row (programme, outcome, key dates) for RPT-1, written in
 * the same transaction just before the deletion.
 */
import type { CaseState } from '@entente/domain';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { cases, caseStatistics, termsAcceptances } from '../../db/schema/index.js';

const date = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

/** True when the case was purged; false when it is not due yet (nothing is touched). */
export async function purgeCase(tx: Tx, state: CaseState, now: Date): Promise<boolean> {
  const closure = state.closure;
  if (closure === null || new Date(closure.readableUntil) > now) return false;
  await tx.insert(caseStatistics).values({
    programme: state.programme,
    channel: state.channel,
    outcome: closure.outcome,
    closureReason: closure.reason,
    closurePhase: closure.phase,
    wentToMediation: state.mediationRequestedAt !== null || state.mediator !== null,
    openedAt: new Date(state.openedAt),
    submittedAt: date(state.submittedAt),
    firstTookChargeAt: date(state.firstTookChargeAt),
    mediationRequestedAt: date(state.mediationRequestedAt),
    mediationStartedAt: date(state.mediationStartedAt),
    agreementAt: date(state.agreement?.reachedAt),
    closedAt: date(closure.closedAt),
    purgedAt: now,
  });
  // The journal refuses deletion except in a transaction that says it is the purge.
  await tx.execute(sql`SELECT set_config('entente.purge', 'on', true)`);
  await tx.delete(termsAcceptances).where(eq(termsAcceptances.caseId, state.caseId));
  // Members, events, proposals, versions, answers and deadlines go with the case (cascade).
  // Documents will join this transaction when the documents module exists (DOC-1).
  await tx.delete(cases).where(eq(cases.id, state.caseId));
  return true;
}
