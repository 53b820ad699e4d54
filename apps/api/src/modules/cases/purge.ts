/**
 * QC-23: one year after closing, a case's personal data and documents are deleted. What remains
 * is one anonymous `case_statistics` row (programme, outcome, key dates) for RPT-1, written in
 * the same transaction just before the deletion.
 *
 * What goes: the case row and, by cascade, its members, journal, proposals and their versions
 * and answers, deadlines, draft, representative invitations, documents' rows, message threads,
 * messages and read marks, in-app notifications and mediators' follow-up requests; explicitly,
 * the per-case terms acceptances and the office intake that opened the case (the consumer's name
 * and address). The stored files — every document ever added, the agreement and attestation,
 * the intake's attachments — are deleted from storage inside the transaction, before the rows:
 * storage is not transactional, so if the transaction then fails the rows stay, the deadline is
 * not marked fired and the next sweep runs the purge again (deleting an absent object succeeds).
 * Nothing anyone may still read is lost on the way: the case stopped being readable when its
 * `readableUntil` passed, before this runs.
 */
import type { CaseState } from '@entente/domain';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { cases, caseStatistics, intakes, termsAcceptances } from '../../db/schema/index.js';
import { deleteCaseDocumentObjects } from '../documents/case-objects.js';
import type { DocumentStorage } from '../documents/storage.js';

const date = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

/** The office intake's attachments (legal references, information kit) kept in storage. */
async function deleteIntakeObjects(tx: Tx, storage: DocumentStorage, caseId: string) {
  const rows = await tx
    .select({ attachments: intakes.attachments })
    .from(intakes)
    .where(eq(intakes.caseId, caseId));
  for (const { attachments } of rows) {
    for (const attachment of attachments) await storage.delete(attachment.key);
  }
}

/** True when the case was purged; false when it is not due yet (nothing is touched). */
export async function purgeCase(
  tx: Tx,
  storage: DocumentStorage,
  state: CaseState,
  now: Date,
): Promise<boolean> {
  const closure = state.closure;
  if (closure === null || new Date(closure.readableUntil) > now) return false;
  // Files first: a failure here throws, rolls the transaction back and leaves it to a retry.
  await deleteCaseDocumentObjects(tx, storage, state.caseId);
  await deleteIntakeObjects(tx, storage, state.caseId);
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
  await tx.delete(intakes).where(eq(intakes.caseId, state.caseId));
  // Everything else that names the case goes with it (foreign keys `ON DELETE CASCADE`).
  await tx.delete(cases).where(eq(cases.id, state.caseId));
  return true;
}
