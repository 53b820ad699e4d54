/**
 * The fr programme's transitions (SPEC §5, §6.3): data read by `can`/`decide` and drawn into
 * docs/case-lifecycle.md.
 */
import { DOCUMENT_ADDERS, PARTY_CAPACITIES, rule, type Transition } from './transition-rules.js';

const FR_BEFORE_ACCEPTANCE = [
  'awaiting_professional',
  'refused_by_professional',
  'centre_intervention',
] as const;
const FR_ACCEPTED = ['awaiting_assignment', 'admissibility_review'] as const;
const FR_MEDIATING = ['mediation', 'solution_proposed', 'protocol_signing'] as const;
const FR_WITH_MEDIATOR = ['admissibility_review', ...FR_MEDIATING] as const;
const FR_OPEN = [...FR_BEFORE_ACCEPTANCE, ...FR_ACCEPTED, ...FR_MEDIATING] as const;

export const FR_TRANSITIONS: readonly Transition[] = [
  ...rule('fr', 'none', 'open_case', ['awaiting_professional'], ['new_consumer', 'staff'], {
    spec: ['FR-1', 'FR-3', 'FR-4'],
  }),
  ...rule(
    'fr',
    ['awaiting_professional', 'centre_intervention'],
    'professional_accept',
    ['awaiting_assignment'],
    ['business'],
    { spec: ['FR-5', 'FR-6'] },
  ),
  ...rule(
    'fr',
    'awaiting_professional',
    'professional_refuse',
    ['refused_by_professional'],
    ['business'],
    { spec: ['FR-5'] },
  ),
  ...rule(
    'fr',
    'awaiting_professional',
    'record_professional_silence',
    ['refused_by_professional'],
    ['system'],
    { guards: ['answer_period_over'], spec: ['FR-5'] },
  ),
  ...rule(
    'fr',
    'refused_by_professional',
    'request_centre_intervention',
    ['centre_intervention'],
    ['consumer_side'],
    { spec: ['FR-6'] },
  ),
  ...rule(
    'fr',
    'centre_intervention',
    'record_centre_intervention',
    ['awaiting_professional'],
    ['staff'],
    { spec: ['FR-6'] },
  ),
  ...rule(
    'fr',
    ['refused_by_professional', 'centre_intervention'],
    'take_attestation',
    ['closed'],
    ['consumer_side'],
    { outcomes: ['refused'], spec: ['FR-6'] },
  ),
  ...rule('fr', 'awaiting_assignment', 'assign_mediator', ['admissibility_review'], ['staff'], {
    guards: ['other_mediator'],
    spec: ['FR-7'],
  }),
  ...rule('fr', FR_WITH_MEDIATOR, 'assign_mediator', ['same'], ['staff'], {
    guards: ['other_mediator'],
    spec: ['FR-15'],
  }),
  ...rule('fr', [...FR_ACCEPTED, ...FR_MEDIATING], 'take_charge', ['same'], ['business'], {
    guards: ['not_already_in_charge'],
    spec: ['QC-10', 'ORG-2'],
  }),
  ...rule('fr', 'admissibility_review', 'declare_admissible', ['mediation'], ['mediator'], {
    spec: ['FR-8', 'FR-9'],
  }),
  ...rule('fr', 'admissibility_review', 'declare_inadmissible', ['closed'], ['mediator'], {
    outcomes: ['inadmissible'],
    spec: ['FR-8'],
  }),
  ...rule('fr', FR_MEDIATING, 'extend_mediation', ['same'], ['mediator'], { spec: ['FR-9'] }),
  ...rule('fr', 'mediation', 'make_proposal', ['same'], PARTY_CAPACITIES, {
    guards: ['party_turn'],
    spec: ['FR-10'],
  }),
  ...rule('fr', 'mediation', 'modify_proposal', ['same'], PARTY_CAPACITIES, {
    guards: ['own_open_proposal'],
    spec: ['FR-10', 'QC-12'],
  }),
  ...rule('fr', 'mediation', 'accept_proposal', ['protocol_signing'], PARTY_CAPACITIES, {
    guards: ['acceptable_proposal'],
    spec: ['FR-10', 'FR-12'],
  }),
  ...rule('fr', 'mediation', 'propose_solution', ['solution_proposed'], ['mediator'], {
    spec: ['FR-11'],
  }),
  ...rule('fr', 'solution_proposed', 'modify_proposal', ['same'], ['mediator'], {
    guards: ['own_open_proposal'],
    spec: ['FR-11'],
  }),
  ...rule(
    'fr',
    'solution_proposed',
    'accept_solution',
    ['same', 'protocol_signing'],
    PARTY_CAPACITIES,
    {
      guards: ['pending_solution'],
      spec: ['FR-11', 'FR-12'],
    },
  ),
  ...rule('fr', 'solution_proposed', 'refuse_solution', ['mediation'], PARTY_CAPACITIES, {
    guards: ['pending_solution'],
    spec: ['FR-11'],
  }),
  ...rule('fr', 'protocol_signing', 'submit_protocol', ['same'], ['mediator'], {
    spec: ['FR-12'],
  }),
  ...rule('fr', 'protocol_signing', 'sign_protocol', ['same', 'closed'], PARTY_CAPACITIES, {
    outcomes: ['agreement'],
    guards: ['protocol_to_sign'],
    spec: ['FR-12'],
  }),
  ...rule('fr', FR_MEDIATING, 'close_without_agreement', ['closed'], ['mediator'], {
    outcomes: ['mediation_failed'],
    spec: ['FR-13'],
  }),
  ...rule('fr', FR_BEFORE_ACCEPTANCE, 'close_case', ['closed'], ['consumer_side'], {
    outcomes: ['withdrawn'],
    spec: ['FR-13'],
  }),
  ...rule('fr', FR_ACCEPTED, 'close_case', ['closed'], PARTY_CAPACITIES, {
    outcomes: ['withdrawn'],
    spec: ['FR-9', 'FR-13'],
  }),
  ...rule('fr', FR_MEDIATING, 'close_case', ['closed'], PARTY_CAPACITIES, {
    outcomes: ['mediation_failed'],
    spec: ['FR-9', 'FR-13'],
  }),
  ...rule('fr', FR_OPEN, 'add_representative', ['same'], ['case_consumer'], {
    guards: ['no_representative'],
    spec: ['REP-1', 'FR-18'],
  }),
  ...rule('fr', FR_OPEN, 'activate_representative', ['same'], ['representative_invitee'], {
    guards: ['pending_invitation'],
    spec: ['REP-2'],
  }),
  ...rule('fr', FR_OPEN, 'remove_representative', ['same'], ['case_consumer'], {
    guards: ['has_representative'],
    spec: ['REP-3'],
  }),
  ...rule('fr', FR_OPEN, 'add_document', ['same'], DOCUMENT_ADDERS, { spec: ['DOC-1', 'REP-3'] }),
  ...rule('fr', FR_WITH_MEDIATOR, 'post_message', ['same'], [...PARTY_CAPACITIES, 'mediator'], {
    guards: ['thread_open'],
    spec: ['FR-10', 'MSG-1'],
  }),
];
