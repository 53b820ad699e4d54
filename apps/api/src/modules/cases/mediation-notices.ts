/**
 * The mediation's own notices (SPEC §9 "mediator assigned; mediator proposal"), instead of the
 * generic "news in your case": the mediator is told a case was given to them and what they may
 * read (QC-16); the parties that mediation starts (qc); the parties that the mediator proposed,
 * or changed the proposal so that earlier acceptances no longer count (QC-17). Like every case
 * e-mail they say what happened and link to the case, never the proposal's content (SPEC §10).
 */
import type { Language } from '@entente/contracts';
import type { CaseEvent, CaseState } from '@entente/domain';
import { type Block, type Branding, type RenderedMail, layout } from '../mail/layout.js';
import type { NotificationKind } from '../notifications/notification-texts.js';
import type { CaseMailContext } from './case-mails.js';

export type Notice =
  'assigned_to_mediator' | 'mediation_started' | 'proposal_made' | 'proposal_modified';

const link = (b: Branding, c: CaseMailContext, lang: Language, path = ''): Block => ({
  link: `${b.publicUrl}/cases/${c.caseId}${path}`,
  label: lang === 'fr' ? 'Ouvrir le dossier' : 'Open the case',
});

const TEXTS: {
  readonly [N in Notice]: (n: string, lang: Language) => { subject: string; body: string[] };
} = {
  assigned_to_mediator: (n, lang) =>
    lang === 'fr'
      ? {
          subject: `Le dossier ${n} vous est confié`,
          body: [
            `La médiation du dossier ${n} vous a été confiée.`,
            'Vous pouvez consulter le résumé du dossier, la description du problème, les documents et l’historique des propositions, puis amorcer promptement les discussions avec les parties.',
          ],
        }
      : {
          subject: `Case ${n} has been assigned to you`,
          body: [
            `The mediation of case ${n} has been assigned to you.`,
            'You can read the case summary, the description of the problem, the documents and the history of proposals, then promptly start the discussion with the parties.',
          ],
        },
  mediation_started: (n, lang) =>
    lang === 'fr'
      ? {
          subject: `Un médiateur est affecté au dossier ${n}`,
          body: [
            `Un médiateur a été affecté au dossier ${n} : la médiation commence.`,
            'En médiation, seul le médiateur fait des propositions. Vous pouvez discuter avec lui et avec l’autre partie dans l’espace de discussion en médiation, sous l’onglet « Tableau des propositions », ou lui écrire en privé dans le « Centre de messagerie ».',
          ],
        }
      : {
          subject: `A mediator has been assigned to case ${n}`,
          body: [
            `A mediator has been assigned to case ${n}: the mediation begins.`,
            'In mediation only the mediator makes proposals. You can talk with the mediator and the other party in the mediation discussion space, under the “Proposals board” tab, or write to the mediator privately in the “Messaging centre”.',
          ],
        },
  proposal_made: (n, lang) =>
    lang === 'fr'
      ? {
          subject: `Proposition du médiateur dans le dossier ${n}`,
          body: [
            `Le médiateur a fait une proposition dans le dossier ${n}.`,
            'Consultez-la dans le « Tableau des propositions ». Si elle vous convient, vous pouvez l’accepter; sinon, exprimez votre position dans l’espace de discussion en médiation.',
          ],
        }
      : {
          subject: `Mediator’s proposal in case ${n}`,
          body: [
            `The mediator has made a proposal in case ${n}.`,
            'Read it on the “Proposals board”. If it suits you, you can accept it; otherwise, share your position in the mediation discussion space.',
          ],
        },
  proposal_modified: (n, lang) =>
    lang === 'fr'
      ? {
          subject: `Le médiateur a modifié sa proposition dans le dossier ${n}`,
          body: [
            `Le médiateur a modifié sa proposition dans le dossier ${n}.`,
            'Les acceptations données à la version précédente ne comptent plus : pour conclure une entente, chaque partie doit accepter la nouvelle version.',
          ],
        }
      : {
          subject: `The mediator has changed the proposal in case ${n}`,
          body: [
            `The mediator has changed the proposal in case ${n}.`,
            'Acceptances given to the previous version no longer count: to reach an agreement, each party must accept the new version.',
          ],
        },
};

export function renderMediationNotice(
  lang: Language,
  b: Branding,
  c: CaseMailContext,
  notice: Notice,
): RenderedMail {
  const { subject, body } = TEXTS[notice](c.caseNumber, lang);
  const path = notice === 'proposal_made' || notice === 'proposal_modified' ? '/propositions' : '';
  return layout(lang, b, `${b.platformName} – ${subject}`, [...body, link(b, c, lang, path)]);
}

const byMediator = (event: CaseEvent) => event.actor.role === 'mediator';

/** QC-17: the mediator's proposal events of a qc mediation, as one notice for the parties. */
function proposalNotice(state: CaseState, events: readonly CaseEvent[]): Notice | null {
  if (state.programme !== 'qc') return null;
  if (events.some((e) => e.type === 'proposal_modified' && byMediator(e))) {
    return 'proposal_modified';
  }
  return events.some((e) => e.type === 'proposal_made' && byMediator(e)) ? 'proposal_made' : null;
}

/**
 * §9 in-app kinds of a person's events: the mediator's proposal and its modification have their
 * own texts; a modification's voided acceptances are said by the modification's.
 */
export function inAppKinds(events: readonly CaseEvent[]): NotificationKind[] {
  const modified = events.some((e) => e.type === 'proposal_modified' && byMediator(e));
  const kinds: NotificationKind[] = [];
  for (const event of events) {
    if (event.type === 'acceptances_voided' && modified) continue;
    if (event.type === 'proposal_made' && byMediator(event)) kinds.push('mediator_proposal_made');
    else if (event.type === 'proposal_modified' && byMediator(event)) {
      kinds.push('mediator_proposal_modified');
    } else kinds.push(event.type);
  }
  return kinds;
}

/**
 * Which notice the mediator and the parties get for these events, if any: an assignment tells
 * the mediator (and, in qc, the parties that mediation starts); the mediator's proposal or its
 * modification tells the parties.
 */
export function mediationNotices(
  state: CaseState,
  events: readonly CaseEvent[],
): { mediator: Notice | null; parties: Notice | null } {
  const assigned = events.some((e) => e.type === 'mediator_assigned');
  const started =
    assigned && state.programme === 'qc' && events.some((e) => e.type === 'mediation_started');
  return {
    mediator: assigned ? 'assigned_to_mediator' : null,
    parties: started ? 'mediation_started' : proposalNotice(state, events),
  };
}
