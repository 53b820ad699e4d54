/**
 * QC-13, QC-17: when an acceptance closes a qc case with an agreement, the agreement PDF is made
 * and filed under the case's Documents in the same transaction that records the acceptance
 * (`system-documents.ts`).
 *
 * The fr programme's agreement is the signed protocol of agreement (FR-12): its
 * `agreement_reached` carries a protocol version and files nothing here.
 */
import type { CaseEvent, CaseState } from '@entente/domain';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import { type AgreementDocument, renderAgreementPdf } from './agreement-pdf.js';
import { caseDocumentHeading } from './case-document.js';
import { type AgreementReachedEvent, qcAgreementReached } from './agreement-reached.js';
import type { StoredObjects } from './stored-objects.js';
import { fileSystemDocument } from './system-documents.js';

/** What the agreement PDF prints, read inside the acceptance's transaction. */
export async function agreementDocument(
  tx: Tx,
  state: CaseState,
  reached: AgreementReachedEvent,
): Promise<AgreementDocument> {
  const { proposalId, version, phase } = reached.payload;
  const proposal = state.proposals.find((p) => p.proposalId === proposalId);
  const accepted = proposal?.versions.find((v) => v.version === version);
  if (!proposal || !accepted) throw new Error('agreement_reached names an unknown proposal');
  const acceptances = [
    // In negotiation the author's own version is their acceptance of it (QC-12).
    ...(proposal.author === 'mediator'
      ? []
      : [{ side: proposal.author, how: 'proposed' as const, at: accepted.at }]),
    ...proposal.acceptances
      .filter((a) => a.version === version)
      .map((a) => ({ side: a.side, how: 'accepted' as const, at: a.at })),
  ].sort((a, b) => (a.side === b.side ? 0 : a.side === 'consumer' ? -1 : 1));
  return {
    ...(await caseDocumentHeading(tx, state)),
    currency: state.settings.currency,
    phase,
    proposal: accepted.content,
    version,
    acceptances,
    reachedAt: reached.at,
  };
}

/** The agreement's file name in Documents, in the programme's language. */
export const agreementFileName = (caseNumber: string) => `Entente ${caseNumber}.pdf`;

/**
 * Files the agreement if these events reach one; returns the new document's id. Call it inside
 * the transaction that appends the events, with the tracker of that attempt.
 */
export async function fileAgreementIfReached(
  tx: Tx,
  ctx: AppContext,
  state: CaseState,
  events: readonly CaseEvent[],
  objects: StoredObjects,
): Promise<string | null> {
  const reached = qcAgreementReached(events);
  if (reached === null) return null;
  const bytes = await renderAgreementPdf(
    await agreementDocument(tx, state, reached),
    ctx.clock.now(),
  );
  return fileSystemDocument(
    tx,
    ctx,
    {
      caseId: state.caseId,
      kind: 'agreement',
      displayName: agreementFileName(state.caseNumber),
      bytes,
    },
    objects,
  );
}
