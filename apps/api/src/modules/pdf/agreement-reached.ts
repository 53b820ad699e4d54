/**
 * QC-13: recognising the qc agreement in a command's events, and the e-mail both parties receive
 * (SPEC §9 "proposal accepted / agreement"). Like every case e-mail it says what happened and
 * links to the case; the agreement's content stays on the platform (SPEC §10).
 */
import type { Language } from '@entente/contracts';
import type { CaseEvent, CaseState } from '@entente/domain';
import { type Branding, type RenderedMail, layout } from '../mail/layout.js';

export type AgreementReachedEvent = Extract<CaseEvent, { type: 'agreement_reached' }>;

/**
 * The qc agreement these events reach, if any. The fr programme's agreement is the signed
 * protocol (FR-12), whose `agreement_reached` carries its version.
 */
export function qcAgreementReached(events: readonly CaseEvent[]): AgreementReachedEvent | null {
  const reached = events.find(
    (event): event is AgreementReachedEvent =>
      event.type === 'agreement_reached' && event.payload.protocolVersion === null,
  );
  return reached ?? null;
}

export function renderAgreementReached(
  lang: Language,
  b: Branding,
  state: Pick<CaseState, 'caseId' | 'caseNumber' | 'settings'>,
): RenderedMail {
  const link = `${b.publicUrl}/cases/${state.caseId}`;
  const days =
    'messagingAfterAgreementDays' in state.settings
      ? state.settings.messagingAfterAgreementDays
      : null;
  const n = state.caseNumber;
  if (lang === 'fr') {
    return layout(lang, b, `${b.platformName} – Entente conclue dans le dossier ${n}`, [
      `Une entente a été conclue dans le dossier ${n}. Le dossier est maintenant fermé.`,
      'Le document d’entente est déposé dans l’onglet « Documents » du dossier, où vous pouvez le télécharger.',
      ...(days === null
        ? []
        : [
            `Au besoin, le « Centre de messagerie » demeure accessible ${days} jours pour convenir des modalités d’application de l’entente.`,
          ]),
      { link, label: 'Ouvrir le dossier' },
    ]);
  }
  return layout(lang, b, `${b.platformName} – Agreement reached in case ${n}`, [
    `An agreement has been reached in case ${n}. The case is now closed.`,
    'The agreement document is filed under the case’s “Documents” tab, where you can download it.',
    ...(days === null
      ? []
      : [
          `If needed, the “Messaging centre” stays open for ${days} days to agree on how the agreement is carried out.`,
        ]),
    { link, label: 'Open the case' },
  ]);
}
