/**
 * §9: what a notification says, rendered when it is read, in the reader's language. Rows hold a
 * kind and ids/numbers only; texts say what happened and where, never the content (SEC-24).
 */
import type { Language } from '@entente/contracts';
import { CASE_EVENT_TYPES, type CaseEventType } from '@entente/domain';
import { eventLabels } from '../cases/event-labels.js';

/** Kinds besides the case events: the submission's own alerts (QC-7) and new messages (MSG-4). */
export type NotificationKind =
  CaseEventType | 'case_new' | 'message_posted' | 'business_member_request';

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
  if (caseId === null) return '/notifications';
  return kind === 'message_posted' ? `/cases/${caseId}/messages` : `/cases/${caseId}`;
}
