/**
 * DOC-3: the case summary's labels in the reader's language. The problem description's labels
 * are those of the draft wizard (seed 000's wording, `apps/web/src/i18n/draft-*.ts`).
 */
import type { CaseStatus, Outcome, PartySide, ProposalAuthor } from '@entente/domain';
import type { ContractPlace, ProblemNature } from '@entente/contracts';
import type { ThreadKind } from '../../db/schema/index.js';
import { colon, PARTY_LABELS, type PartyLabels } from './case-document.js';
import type { PdfLanguage } from './pdf-format.js';

type DescriptionLabel =
  | 'goodOrService'
  | 'brand'
  | 'model'
  | 'serialNumber'
  | 'accountNumber'
  | 'invoiceAmount'
  | 'paidInFull'
  | 'invoiceDate'
  | 'contractPlace'
  | 'contractPlaceDetails'
  | 'promisedDate'
  | 'merchantPhone'
  | 'merchantAddress'
  | 'priorSteps'
  | 'priorStepsDetails'
  | 'problemNatures'
  | 'problemNatureDetails'
  | 'additionalInformation';

export interface SummaryTexts extends PartyLabels {
  readonly title: string;
  readonly caseLine: (caseNumber: string, office: string) => string;
  readonly produced: (at: string) => string;
  readonly caseHeading: string;
  readonly status: string;
  readonly statuses: Readonly<Record<CaseStatus, string>>;
  readonly outcome: string;
  readonly outcomes: Readonly<Record<Outcome, string>>;
  readonly openedAt: string;
  readonly submittedAt: string;
  readonly closedAt: string;
  readonly description: string;
  readonly noDescription: string;
  readonly fields: Readonly<Record<DescriptionLabel, string>>;
  readonly yes: string;
  readonly no: string;
  readonly places: Readonly<Record<ContractPlace, string>>;
  readonly natures: Readonly<Record<ProblemNature, string>>;
  readonly proposals: string;
  readonly noProposal: string;
  readonly proposalBy: Readonly<Record<ProposalAuthor, string>>;
  readonly phase: Readonly<Record<'negotiation' | 'mediation', string>>;
  readonly version: (n: number, at: string) => string;
  readonly termsHeading: string;
  readonly answer: (
    side: PartySide,
    decision: 'accepted' | 'refused',
    version: number,
    at: string,
  ) => string;
  readonly answers: string;
  readonly voided: string;
  readonly exchanges: string;
  readonly noMessage: string;
  readonly threads: Readonly<Record<ThreadKind, string>>;
  readonly sides: Readonly<Record<PartySide, string>>;
  readonly colon: (label: string) => string;
}

const fr: SummaryTexts = {
  title: 'Résumé du dossier',
  caseLine: (n, office) => `Dossier ${n} — ${office}`,
  produced: (at) => `Résumé produit le ${at}. Il contient les échanges que vous pouvez consulter.`,
  caseHeading: 'Dossier',
  status: 'Statut',
  statuses: {
    draft: 'Ébauche',
    negotiation: 'Négociation',
    mediation_requested: 'Médiation demandée',
    mediation: 'Médiation',
    closed: 'Fermé',
    awaiting_professional: 'En attente de la réponse du professionnel',
    refused_by_professional: 'Refusé par le professionnel',
    centre_intervention: 'Intervention du centre',
    awaiting_assignment: 'En attente d’un médiateur',
    admissibility_review: 'Examen de la recevabilité',
    solution_proposed: 'Solution proposée',
    protocol_signing: 'Signature du protocole',
  },
  outcome: 'Issue',
  outcomes: {
    agreement: 'Entente conclue',
    withdrawn: 'Dossier fermé par une partie',
    refused: 'Refus du professionnel',
    expired: 'Ébauche expirée',
    inadmissible: 'Demande irrecevable',
    mediation_failed: 'Médiation sans entente',
  },
  openedAt: 'Ouvert le',
  submittedAt: 'Soumis le',
  closedAt: 'Fermé le',
  ...PARTY_LABELS.fr,
  description: 'Description du problème',
  noDescription: 'Aucune description enregistrée.',
  fields: {
    goodOrService: 'Bien ou service à l’origine du problème',
    brand: 'Marque',
    model: 'Modèle',
    serialNumber: 'Numéro de série',
    accountNumber: 'Numéro de compte, d’abonné ou de dossier',
    invoiceAmount: 'Montant indiqué sur la facture ou le contrat avec le commerçant',
    paidInFull: 'Avez-vous payé ce montant en totalité?',
    invoiceDate: 'Date de la facture ou de la conclusion du contrat',
    contractPlace: 'Lieu ou mode de conclusion du contrat ou de la vente',
    contractPlaceDetails: 'Précisez le lieu ou le mode de conclusion',
    promisedDate: 'Date ou délai prévus pour la livraison du bien ou la prestation du service',
    merchantPhone: 'Numéro de téléphone du commerçant',
    merchantAddress: 'Adresse postale ou Web du commerçant où vous avez fait affaire',
    priorSteps: 'Démarches préalables auprès du commerçant',
    priorStepsDetails: 'Démarches faites et réponse du commerçant',
    problemNatures: 'Nature du problème',
    problemNatureDetails: 'Précisez la nature du problème',
    additionalInformation: 'Renseignements supplémentaires',
  },
  yes: 'Oui',
  no: 'Non',
  places: {
    in_store: 'En magasin ou à l’établissement du commerçant',
    at_home: 'À mon domicile',
    by_phone: 'Par téléphone',
    online: 'Par Internet',
    other: 'Autre',
  },
  natures: {
    defective_good: 'Bien défectueux',
    not_delivered_or_late: 'Bien non livré ou livré en retard',
    service_not_performed: 'Service non rendu',
    service_poorly_performed: 'Service mal rendu',
    warranty_not_honoured: 'Garantie non respectée',
    billing_or_price: 'Facturation ou prix',
    misleading_representation: 'Représentation trompeuse',
    cancellation_refused: 'Annulation refusée',
    refund_refused: 'Remboursement refusé',
    other: 'Autre',
  },
  proposals: 'Historique des propositions',
  noProposal: 'Aucune proposition.',
  proposalBy: {
    consumer: 'Proposition du consommateur',
    merchant: 'Proposition du commerçant',
    mediator: 'Proposition du médiateur',
  },
  phase: { negotiation: 'négociation', mediation: 'médiation' },
  version: (n, at) => `Version ${n} — ${at}`,
  termsHeading: 'Précisions et modalités d’application de l’entente (délais, conditions, etc.)',
  answer: (side, decision, version, at) =>
    `${side === 'consumer' ? 'Consommateur' : 'Commerçant'} : version ${version} ${decision === 'accepted' ? 'acceptée' : 'refusée'} le ${at}`,
  answers: 'Réponses',
  voided: ' (annulée par une version plus récente)',
  exchanges: 'Échanges',
  noMessage: 'Aucun message.',
  threads: {
    parties: 'Discussion entre le consommateur et le commerçant',
    mediation: 'Espace de discussion en médiation',
    mediator_consumer: 'Discussion entre le consommateur et le médiateur',
    mediator_business: 'Discussion entre le commerçant et le médiateur',
  },
  sides: { consumer: 'Consommateur', merchant: 'Commerçant' },
  colon: colon.fr,
};

const en: SummaryTexts = {
  title: 'Case summary',
  caseLine: (n, office) => `Case ${n} — ${office}`,
  produced: (at) => `Summary produced on ${at}. It contains the exchanges you may read.`,
  caseHeading: 'Case',
  status: 'Status',
  statuses: {
    draft: 'Draft',
    negotiation: 'Negotiation',
    mediation_requested: 'Mediation requested',
    mediation: 'Mediation',
    closed: 'Closed',
    awaiting_professional: 'Awaiting the professional’s answer',
    refused_by_professional: 'Refused by the professional',
    centre_intervention: 'Centre intervention',
    awaiting_assignment: 'Awaiting a mediator',
    admissibility_review: 'Admissibility review',
    solution_proposed: 'Solution proposed',
    protocol_signing: 'Protocol signing',
  },
  outcome: 'Outcome',
  outcomes: {
    agreement: 'Agreement reached',
    withdrawn: 'Closed by a party',
    refused: 'Refused by the professional',
    expired: 'Draft expired',
    inadmissible: 'Inadmissible',
    mediation_failed: 'Mediation without agreement',
  },
  openedAt: 'Opened on',
  submittedAt: 'Submitted on',
  closedAt: 'Closed on',
  ...PARTY_LABELS.en,
  description: 'Description of the problem',
  noDescription: 'No description recorded.',
  fields: {
    goodOrService: 'Good or service the problem is about',
    brand: 'Brand',
    model: 'Model',
    serialNumber: 'Serial number',
    accountNumber: 'Account, subscriber or file number',
    invoiceAmount: 'Amount shown on the invoice or the contract with the merchant',
    paidInFull: 'Paid in full?',
    invoiceDate: 'Date of the invoice or of the contract',
    contractPlace: 'Place or manner in which the contract or sale was made',
    contractPlaceDetails: 'Place or manner specified',
    promisedDate: 'Date or time promised for delivering the good or performing the service',
    merchantPhone: 'Merchant’s phone number',
    merchantAddress: 'Postal or web address of the merchant you dealt with',
    priorSteps: 'Prior steps with the merchant',
    priorStepsDetails: 'Steps taken and the merchant’s answer',
    problemNatures: 'Nature of the problem',
    problemNatureDetails: 'Nature of the problem specified',
    additionalInformation: 'Additional information',
  },
  yes: 'Yes',
  no: 'No',
  places: {
    in_store: 'In store or at the merchant’s premises',
    at_home: 'At my home',
    by_phone: 'By phone',
    online: 'Online',
    other: 'Other',
  },
  natures: {
    defective_good: 'Defective good',
    not_delivered_or_late: 'Good not delivered or delivered late',
    service_not_performed: 'Service not performed',
    service_poorly_performed: 'Service poorly performed',
    warranty_not_honoured: 'Warranty not honoured',
    billing_or_price: 'Billing or price',
    misleading_representation: 'Misleading representation',
    cancellation_refused: 'Cancellation refused',
    refund_refused: 'Refund refused',
    other: 'Other',
  },
  proposals: 'Proposal history',
  noProposal: 'No proposal.',
  proposalBy: {
    consumer: 'Consumer’s proposal',
    merchant: 'Merchant’s proposal',
    mediator: 'Mediator’s proposal',
  },
  phase: { negotiation: 'negotiation', mediation: 'mediation' },
  version: (n, at) => `Version ${n} — ${at}`,
  termsHeading: 'Details and terms of application of the agreement (time limits, conditions, etc.)',
  answer: (side, decision, version, at) =>
    `${side === 'consumer' ? 'Consumer' : 'Merchant'}: version ${version} ${decision} on ${at}`,
  answers: 'Answers',
  voided: ' (voided by a later version)',
  exchanges: 'Exchanges',
  noMessage: 'No message.',
  threads: {
    parties: 'Discussion between the consumer and the merchant',
    mediation: 'Mediation discussion space',
    mediator_consumer: 'Discussion between the consumer and the mediator',
    mediator_business: 'Discussion between the merchant and the mediator',
  },
  sides: { consumer: 'Consumer', merchant: 'Merchant' },
  colon: colon.en,
};

export const summaryTexts: Readonly<Record<PdfLanguage, SummaryTexts>> = { fr, en };
