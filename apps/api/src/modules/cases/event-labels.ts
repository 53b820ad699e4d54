/**
 * One line per case event, in both languages, for the history and the notification e-mails.
 * Labels say what happened, never its content (SPEC §10: no confidential content in e-mails).
 */
import type { Language } from '@entente/contracts';
import type { CaseEventType } from '@entente/domain';

export const eventLabels: { readonly [T in CaseEventType]: Readonly<Record<Language, string>> } = {
  case_opened: { fr: 'Dossier ouvert', en: 'Case opened' },
  draft_step_saved: { fr: 'Ébauche enregistrée', en: 'Draft saved' },
  case_submitted: { fr: 'Dossier soumis', en: 'Case submitted' },
  draft_expired: {
    fr: 'Ébauche fermée faute de soumission dans le délai',
    en: 'Draft closed: not submitted in time',
  },
  merchant_took_charge: { fr: 'Dossier pris en charge', en: 'Case taken charge of' },
  negotiation_refused: { fr: 'Négociation refusée', en: 'Negotiation refused' },
  proposal_made: { fr: 'Nouvelle proposition', en: 'New proposal' },
  proposal_modified: { fr: 'Proposition modifiée', en: 'Proposal modified' },
  proposal_accepted: { fr: 'Proposition acceptée', en: 'Proposal accepted' },
  acceptances_voided: {
    fr: 'Acceptations annulées par la modification de la proposition',
    en: 'Acceptances voided by the proposal’s modification',
  },
  parties_agreed: { fr: 'Les parties sont d’accord', en: 'The parties agree' },
  agreement_reached: { fr: 'Entente conclue', en: 'Agreement reached' },
  case_closed: { fr: 'Dossier fermé', en: 'Case closed' },
  mediation_requested: { fr: 'Médiation demandée', en: 'Mediation requested' },
  mediator_assigned: { fr: 'Médiateur ou médiatrice affecté', en: 'Mediator assigned' },
  mediation_started: { fr: 'Médiation commencée', en: 'Mediation started' },
  representative_added: {
    fr: 'Représentante ou représentant invité',
    en: 'Representative invited',
  },
  representative_activated: {
    fr: 'Représentation acceptée',
    en: 'Representation accepted',
  },
  representative_removed: {
    fr: 'Représentante ou représentant retiré',
    en: 'Representative removed',
  },
  document_added: { fr: 'Document ajouté', en: 'Document added' },
  message_posted: { fr: 'Nouveau message', en: 'New message' },
  professional_accepted: {
    fr: 'Le professionnel accepte la médiation',
    en: 'The professional accepts mediation',
  },
  professional_refused: {
    fr: 'Le professionnel refuse la médiation',
    en: 'The professional refuses mediation',
  },
  professional_silent: {
    fr: 'Sans réponse du professionnel dans le délai : refus',
    en: 'No answer from the professional in time: refusal',
  },
  centre_intervention_requested: {
    fr: 'Intervention du centre demandée',
    en: 'Centre intervention requested',
  },
  centre_intervened: {
    fr: 'Le centre est intervenu auprès du professionnel',
    en: 'The centre intervened with the professional',
  },
  refusal_attestation_requested: {
    fr: 'Attestation de demande de médiation demandée',
    en: 'Attestation of mediation request asked for',
  },
  admissibility_decided: { fr: 'Décision de recevabilité', en: 'Admissibility decision' },
  mediation_extended: { fr: 'Médiation prolongée', en: 'Mediation extended' },
  solution_proposed: {
    fr: 'Solution proposée par le médiateur ou la médiatrice',
    en: 'Solution proposed by the mediator',
  },
  solution_modified: { fr: 'Solution modifiée', en: 'Solution modified' },
  solution_accepted: { fr: 'Solution acceptée', en: 'Solution accepted' },
  solution_refused: { fr: 'Solution refusée', en: 'Solution refused' },
  protocol_submitted: {
    fr: 'Protocole d’accord à signer',
    en: 'Protocol of agreement to sign',
  },
  protocol_signed: { fr: 'Protocole d’accord signé', en: 'Protocol of agreement signed' },
};
