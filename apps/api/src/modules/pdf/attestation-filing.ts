/**
 * QC-19: when the mediator closes a qc mediation without agreement, the attestation of no
 * agreement in mediation is made and filed under the case's Documents in the same transaction
 * that records the closing (`system-documents.ts`), so a closing never commits without it.
 *
 * The fr programme's failure report (FR-13) is another document, not filed here.
 */
import type { CaseEvent, CaseState } from '@entente/domain';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import { type AttestationDocument, renderAttestationPdf } from './attestation-pdf.js';
import { caseDocumentHeading } from './case-document.js';
import type { StoredObjects } from './stored-objects.js';
import { fileSystemDocument } from './system-documents.js';

type CaseClosed = Extract<CaseEvent, { type: 'case_closed' }>;

/** The qc mediator's closing without agreement these events make, if any. */
export function qcMediationFailed(
  state: CaseState,
  events: readonly CaseEvent[],
): CaseClosed | null {
  if (state.programme !== 'qc') return null;
  const closed = events.find(
    (event): event is CaseClosed =>
      event.type === 'case_closed' && event.payload.outcome === 'mediation_failed',
  );
  return closed ?? null;
}

/** What the attestation prints, read inside the closing's transaction. */
export async function attestationDocument(
  tx: Tx,
  state: CaseState,
  closed: CaseClosed,
): Promise<AttestationDocument> {
  return {
    ...(await caseDocumentHeading(tx, state)),
    mediationRequestedAt: state.mediationRequestedAt,
    mediationStartedAt: state.mediationStartedAt,
    closedAt: closed.at,
    problemSummary: closed.payload.problemSummary ?? '',
    justification: closed.payload.justification ?? '',
  };
}

/** The attestation's file name in Documents, in the programme's language. */
export const attestationFileName = (caseNumber: string) =>
  `Attestation d’absence d’entente en médiation ${caseNumber}.pdf`;

/**
 * Files the attestation if these events close a qc mediation without agreement; returns the new
 * document's id. Call it inside the transaction that appends the events.
 */
export async function fileAttestationIfFailed(
  tx: Tx,
  ctx: AppContext,
  state: CaseState,
  events: readonly CaseEvent[],
  objects: StoredObjects,
): Promise<string | null> {
  const closed = qcMediationFailed(state, events);
  if (closed === null) return null;
  const bytes = await renderAttestationPdf(
    await attestationDocument(tx, state, closed),
    ctx.clock.now(),
  );
  return fileSystemDocument(
    tx,
    ctx,
    {
      caseId: state.caseId,
      kind: 'mediation_attestation',
      displayName: attestationFileName(state.caseNumber),
      bytes,
    },
    objects,
  );
}
