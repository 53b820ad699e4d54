/**
 * Closing without agreement (QC-9, QC-14, QC-19, QC-21; SPEC §9 "case closed (with reason and,
 * where relevant, the information kit)"): the e-mail the parties receive. It names the reason
 * from the list, never the justification the closing party wrote, which stays on the platform
 * (SEC-24); the consumer side's copy carries the programme's information kit on other remedies.
 */
import type { Language } from '@entente/contracts';
import {
  defaultInformationKit,
  type ActorRole,
  type CaseEvent,
  type CaseState,
  type ClosureReason,
  type InformationKits,
} from '@entente/domain';
import { type Block, type Branding, type RenderedMail, layout } from '../mail/layout.js';
import type { CaseMailContext } from './case-mails.js';

export type CaseClosedEvent = Extract<CaseEvent, { type: 'case_closed' }>;

/**
 * The qc closing without agreement these events make, if any: the merchant's refusal (QC-9), a
 * party's closing after submission (QC-14) or the mediator's (QC-19). A draft that expired or
 * that the consumer closed never reached the business: no kit, no closing e-mail (QC-8).
 */
export function qcClosedWithoutAgreement(
  state: CaseState,
  events: readonly CaseEvent[],
): CaseClosedEvent | null {
  if (state.programme !== 'qc') return null;
  const closed = events.find((event): event is CaseClosedEvent => event.type === 'case_closed');
  if (!closed || closed.payload.phase === 'draft') return null;
  const { outcome } = closed.payload;
  return outcome === 'refused' || outcome === 'withdrawn' || outcome === 'mediation_failed'
    ? closed
    : null;
}

type Labels = Readonly<Record<Language, string>>;

/** The reason list's labels, as the case page shows them (web `close.reason.*`, `cp.closure.*`). */
const REASON_LABELS: Partial<Record<ClosureReason, Labels>> = {
  settled_outside_platform: {
    fr: 'Le problème a été réglé en dehors de la plateforme',
    en: 'The problem was settled outside the platform',
  },
  no_longer_wish_to_continue: {
    fr: 'Je ne souhaite plus poursuivre la démarche',
    en: 'I no longer wish to continue',
  },
  other_party_unresponsive: {
    fr: "L'autre partie ne répond pas",
    en: 'The other party does not answer',
  },
  going_to_court: { fr: "Je m'adresse au tribunal", en: 'I am going to court' },
  other: { fr: 'Autre raison', en: 'Other reason' },
  negotiation_refused: {
    fr: 'Le commerçant a refusé de négocier',
    en: 'The merchant refused to negotiate',
  },
  mediation_failed: { fr: 'Médiation sans entente', en: 'Mediation without agreement' },
};

export function closingReasonLabel(reason: ClosureReason, lang: Language): string | null {
  return REASON_LABELS[reason]?.[lang] ?? null;
}

function closedByLabel(role: ActorRole, lang: Language): string {
  const fr = lang === 'fr';
  if (role === 'consumer' || role === 'consumer_representative') {
    return fr ? 'le consommateur' : 'the consumer';
  }
  if (role === 'merchant_respondent' || role === 'merchant_representative') {
    return fr ? 'le commerçant' : 'the merchant';
  }
  if (role === 'mediator') return fr ? 'le médiateur' : 'the mediator';
  return fr ? 'la plateforme' : 'the platform';
}

function kitBlocks(kits: InformationKits, lang: Language, b: Branding): Block[] {
  const kit = kits[lang];
  return [
    kit.title,
    ...kit.paragraphs,
    lang === 'fr'
      ? `Pour obtenir de l’information sur vos droits et recours, communiquez avec nous :\n- par courriel à l’adresse ${b.supportEmail};\n- par téléphone au ${b.supportPhone}.`
      : `For information on your rights and remedies, contact us:\n- by e-mail at ${b.supportEmail};\n- by phone at ${b.supportPhone}.`,
  ];
}

/**
 * The closing e-mail. `withKit`: the consumer side's copy (QC-21), with the programme's default
 * kit — no deployment override exists yet (office settings hold no programme text).
 */
export function renderCaseClosed(
  lang: Language,
  b: Branding,
  c: CaseMailContext,
  closed: CaseClosedEvent,
  state: Pick<CaseState, 'programme'>,
  withKit: boolean,
): RenderedMail {
  const fr = lang === 'fr';
  const n = c.caseNumber;
  const reason = closingReasonLabel(closed.payload.reason, lang);
  const by = closedByLabel(closed.actor.role, lang);
  const link = `${b.publicUrl}/cases/${c.caseId}`;
  return layout(
    lang,
    b,
    fr
      ? `${b.platformName} – Dossier ${n} fermé sans entente`
      : `${b.platformName} – Case ${n} closed without an agreement`,
    [
      fr
        ? `Le dossier ${n} a été fermé sans entente par ${by}.`
        : `Case ${n} was closed without an agreement by ${by}.`,
      ...(reason ? [fr ? `Raison : « ${reason} »` : `Reason: “${reason}”`] : []),
      fr
        ? 'Les explications données lors de la fermeture sont consultables dans le dossier.'
        : 'The explanations given on closing can be read in the case.',
      // QC-19: the attestation is filed with the closing (`pdf/attestation-filing.ts`).
      ...(closed.payload.outcome === 'mediation_failed' && state.programme === 'qc'
        ? [
            fr
              ? 'L’attestation d’absence d’entente en médiation est déposée dans l’onglet « Documents » du dossier. Elle pourrait vous être utile si le litige est porté devant le tribunal.'
              : 'The attestation of no agreement in mediation is filed under the case’s “Documents” tab. It may be useful if the dispute is brought before a court.',
          ]
        : []),
      { link, label: fr ? 'Ouvrir le dossier' : 'Open the case' },
      ...(withKit ? kitBlocks(defaultInformationKit(state.programme), lang, b) : []),
    ],
  );
}
