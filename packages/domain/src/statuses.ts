/**
 * Case statuses of each programme (SPEC §4, §5) and the outcomes a closed case can have.
 * A closed case is `closed` in both programmes; its outcome says how it ended.
 */
import type { Programme } from './programmes.js';

/** qc: Ébauche → Négociation → Médiation demandée → Médiation → fermé. */
export const QC_STATUSES = [
  'draft',
  'negotiation',
  'mediation_requested',
  'mediation',
  'closed',
] as const;

/**
 * fr: filed and awaiting the professional's answer (FR-5) → refused (FR-6: the consumer chooses
 * between a centre intervention, which restarts the answer period, and an attestation) →
 * accepted, awaiting a mediator (FR-7) → admissibility review (FR-8) → mediation (FR-9, FR-10)
 * → mediator's solution awaiting answers (FR-11) → protocol signing (FR-12) → closed.
 */
export const FR_STATUSES = [
  'awaiting_professional',
  'refused_by_professional',
  'centre_intervention',
  'awaiting_assignment',
  'admissibility_review',
  'mediation',
  'solution_proposed',
  'protocol_signing',
  'closed',
] as const;

export type QcStatus = (typeof QC_STATUSES)[number];
export type FrStatus = (typeof FR_STATUSES)[number];
export type CaseStatus = QcStatus | FrStatus;

export const STATUSES: { readonly [P in Programme]: readonly CaseStatus[] } = {
  qc: QC_STATUSES,
  fr: FR_STATUSES,
};

/** The status a programme's cases start in. */
export const INITIAL_STATUS: { readonly [P in Programme]: CaseStatus } = {
  qc: 'draft',
  fr: 'awaiting_professional',
};

export const OUTCOMES = [
  'agreement',
  'withdrawn',
  'refused',
  'expired',
  'inadmissible',
  'mediation_failed',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** FR-8: admissibility grounds of Code de la consommation L612-2 (formerly L.152-2). */
export const ADMISSIBILITY_GROUNDS = [
  'no_prior_written_complaint',
  'manifestly_unfounded_or_abusive',
  'already_examined_by_mediator_or_court',
  'complaint_older_than_one_year',
  'outside_competence',
] as const;
export type AdmissibilityGround = (typeof ADMISSIBILITY_GROUNDS)[number];

/**
 * QC-14: reasons offered when a party closes a case ("choisir une raison de fermeture"). The
 * seeds do not list them; these codes are a proposal for product to confirm (the API
 * translates them).
 */
export const WITHDRAWAL_REASONS = [
  'settled_outside_platform',
  'no_longer_wish_to_continue',
  'other_party_unresponsive',
  'going_to_court',
  'other',
] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

/** QC-3: the five steps of the draft wizard. */
export const DRAFT_STEPS = [
  'parties',
  'problem_description',
  'proposal',
  'documents',
  'review',
] as const;
export type DraftStep = (typeof DRAFT_STEPS)[number];

/** How a case reached the office (RPT-1 "channel"; FR-4 postal filing). */
export type Channel = 'online' | 'post';
