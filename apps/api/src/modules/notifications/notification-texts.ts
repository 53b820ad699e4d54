/**
 * §9: what a notification says, rendered when it is read, in the reader's language. Rows hold a
 * kind and ids/numbers only; texts say what happened and where, never the content (SEC-24).
 */
import type { Language } from '@entente/contracts';
import { CASE_EVENT_TYPES, type CaseEventType } from '@entente/domain';
import { eventLabels } from '../cases/event-labels.js';
import {
  FOLLOWUP_REQUESTED,
  FOLLOWUP_RESOLVED,
  followupNotification,
} from '../mediation/followup-mails.js';

/** The deadline job's alerts (QC-8 reminders, QC-20 day 60 and overdue, FR-8, FR-9, FR-11). */
export const DEADLINE_NOTICE_KINDS = [
  'deadline_draft_reminder',
  'deadline_mediation_alert',
  'deadline_mediation_end',
  'deadline_admissibility_decision',
  'deadline_solution_answer',
] as const;
export type DeadlineNoticeKind = (typeof DEADLINE_NOTICE_KINDS)[number];

/**
 * Kinds besides the case events: the submission's own alerts (QC-7), new messages (MSG-4), the
 * mediator's proposal and its modification (QC-17), the deadline alerts and the mediators'
 * follow-up requests (QC-20, rendered by the mediation module).
 */
export type NotificationKind =
  | CaseEventType
  | 'case_new'
  | 'message_posted'
  | 'business_member_request'
  | 'mediator_proposal_made'
  | 'mediator_proposal_modified'
  | typeof FOLLOWUP_REQUESTED
  | typeof FOLLOWUP_RESOLVED
  | DeadlineNoticeKind;

/** Texts of the kinds that are not case events, `{n}` standing for the case number. */
const OWN_TEXTS: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  mediator_proposal_made: {
    fr: 'Dossier {n} : proposition du médiateur',
    en: 'Case {n}: mediator’s proposal',
  },
  mediator_proposal_modified: {
    fr: 'Dossier {n} : le médiateur a modifié sa proposition; les acceptations de la version précédente ne comptent plus',
    en: 'Case {n}: the mediator changed the proposal; acceptances of the previous version no longer count',
  },
  deadline_draft_reminder: {
    fr: 'Dossier {n} : votre ébauche sera bientôt fermée',
    en: 'Case {n}: your draft will soon be closed',
  },
  deadline_mediation_alert: {
    fr: 'Dossier {n} : la médiation a atteint son 60e jour',
    en: 'Case {n}: the mediation has reached day 60',
  },
  deadline_mediation_end: {
    fr: 'Dossier {n} : durée maximale de la médiation dépassée (dossier en retard)',
    en: 'Case {n}: maximum length of mediation exceeded (case overdue)',
  },
  deadline_admissibility_decision: {
    fr: 'Dossier {n} : délai de la décision de recevabilité dépassé',
    en: 'Case {n}: admissibility decision deadline passed',
  },
  deadline_solution_answer: {
    fr: 'Dossier {n} : délai de réponse à la solution écoulé',
    en: 'Case {n}: answer period for the solution over',
  },
};

const isEventType = (kind: string): kind is CaseEventType =>
  (CASE_EVENT_TYPES as readonly string[]).includes(kind);

export function notificationText(
  kind: string,
  params: Readonly<Record<string, string | number>>,
  lang: Language,
): string {
  const number = String(params.caseNumber ?? '');
  const fr = lang === 'fr';
  if (kind === 'message_posted') {
    return fr ? `Nouveau message dans le dossier ${number}` : `New message in case ${number}`;
  }
  if (kind === 'business_member_request') {
    // ORG-1: a respondent asks the office to add or remove a representative.
    const adds = params.action === 'add';
    const business = String(params.registrationNumber ?? '');
    return fr
      ? `Demande ${adds ? 'd’ajout' : 'de retrait'} d’un représentant pour l’entreprise ${business}`
      : `Request to ${adds ? 'add' : 'remove'} a representative for business ${business}`;
  }
  if (kind === 'case_new') {
    return fr ? `Nouveau dossier ${number}` : `New case ${number}`;
  }
  const followup = followupNotification(kind, params, null, lang);
  if (followup !== null) return followup.text;
  const own = OWN_TEXTS[kind];
  if (own !== undefined) return own[lang].replace('{n}', number);
  if (kind === 'case_submitted') {
    return fr ? `Votre dossier ${number} a été soumis` : `Your case ${number} has been submitted`;
  }
  const label = isEventType(kind) ? eventLabels[kind][lang] : fr ? 'Du nouveau' : 'News';
  return fr ? `Dossier ${number} : ${label}` : `Case ${number}: ${label}`;
}

/** Where the notification leads inside the web app. */
export function notificationLink(
  kind: string,
  caseId: string | null,
  params: Readonly<Record<string, string | number>> = {},
): string {
  if (kind === 'business_member_request' && typeof params.businessId === 'string') {
    return `/staff/businesses/${params.businessId}`;
  }
  const followup = followupNotification(kind, params, caseId, 'fr');
  if (followup !== null) return followup.link;
  if (caseId === null) return '/notifications';
  if (kind === 'message_posted') return `/cases/${caseId}/messages`;
  if (kind === 'mediator_proposal_made' || kind === 'mediator_proposal_modified') {
    return `/cases/${caseId}/propositions`;
  }
  return `/cases/${caseId}`;
}
