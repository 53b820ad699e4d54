/**
 * QC-20 "relance", §9: the e-mails and in-app texts of a follow-up request. They say that a
 * mediator asked the office to reach a party (or that the office answered) and link to where it
 * is read; the mediator's message and the office's resolution stay on the platform (SPEC §10).
 */
import type { FollowupParty, Language } from '@entente/contracts';
import { type Branding, type RenderedMail, layout } from '../mail/layout.js';

/** In-app notification kinds of this module (rows hold the case number only, SEC-24). */
export const FOLLOWUP_REQUESTED = 'mediation_followup_requested';
export const FOLLOWUP_RESOLVED = 'mediation_followup_resolved';

const partyText: Record<Language, Record<FollowupParty, string>> = {
  fr: { consumer: 'le consommateur', business: 'le commerçant', both: 'les deux parties' },
  en: { consumer: 'the consumer', business: 'the merchant', both: 'both parties' },
};

export interface FollowupMail {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly party: FollowupParty;
}

/** To every staff member: where the request is (the dashboard), not what it says. */
export function renderFollowupRequested(
  lang: Language,
  b: Branding,
  mail: FollowupMail,
): RenderedMail {
  const fr = lang === 'fr';
  const party = partyText[lang][mail.party];
  return layout(
    lang,
    b,
    fr
      ? `${b.platformName} – Demande de relance : dossier ${mail.caseNumber}`
      : `${b.platformName} – Follow-up request: case ${mail.caseNumber}`,
    [
      fr
        ? `Le médiateur ou la médiatrice du dossier ${mail.caseNumber} demande à l’Office de tenter de joindre ${party}.`
        : `The mediator of case ${mail.caseNumber} asks the office to try to reach ${party}.`,
      fr
        ? 'La demande se trouve dans le tableau de bord; marquez-la comme traitée une fois le suivi fait.'
        : 'The request is on the dashboard; mark it as handled once you have followed up.',
      {
        link: `${b.publicUrl}/staff`,
        label: fr ? 'Ouvrir le tableau de bord' : 'Open the dashboard',
      },
    ],
  );
}

/** To the mediator who asked: the office's answer is on the case. */
export function renderFollowupResolved(
  lang: Language,
  b: Branding,
  mail: FollowupMail,
): RenderedMail {
  const fr = lang === 'fr';
  return layout(
    lang,
    b,
    fr
      ? `${b.platformName} – Votre demande de relance a été traitée : dossier ${mail.caseNumber}`
      : `${b.platformName} – Your follow-up request was handled: case ${mail.caseNumber}`,
    [
      fr
        ? `L’Office a traité votre demande de relance dans le dossier ${mail.caseNumber}. Sa réponse se trouve dans le dossier.`
        : `The office has handled your follow-up request in case ${mail.caseNumber}. Its answer is on the case.`,
      {
        link: `${b.publicUrl}/cases/${mail.caseId}`,
        label: fr ? 'Ouvrir le dossier' : 'Open the case',
      },
    ],
  );
}

/**
 * The in-app text and link of this module's notification kinds, or null for another kind:
 * `notifications/notification-texts.ts` may hand these kinds over here.
 */
export function followupNotification(
  kind: string,
  params: Readonly<Record<string, string | number>>,
  caseId: string | null,
  lang: Language,
): { text: string; link: string } | null {
  const number = String(params.caseNumber ?? '');
  const fr = lang === 'fr';
  if (kind === FOLLOWUP_REQUESTED) {
    return {
      text: fr
        ? `Demande de relance dans le dossier ${number}`
        : `Follow-up request in case ${number}`,
      link: '/staff',
    };
  }
  if (kind === FOLLOWUP_RESOLVED) {
    return {
      text: fr
        ? `Votre demande de relance du dossier ${number} a été traitée`
        : `Your follow-up request for case ${number} was handled`,
      link: caseId === null ? '/notifications' : `/cases/${caseId}`,
    };
  }
  return null;
}
