/**
 * The qc programme's transitions (SPEC §4, §6.3): data read by `can`/`decide` and drawn into
 * docs/case-lifecycle.md.
 */
import {
  DOCUMENT_ADDERS,
  PARTY_CAPACITIES,
  rule,
  type ExplicitDenial,
  type Transition,
} from './transition-rules.js';

const QC_OPEN = ['draft', 'negotiation', 'mediation_requested', 'mediation'] as const;
const QC_AFTER_TAKE_CHARGE = ['negotiation', 'mediation_requested', 'mediation'] as const;

export const QC_TRANSITIONS: readonly Transition[] = [
  ...rule('qc', 'none', 'open_case', ['draft'], ['new_consumer'], { spec: ['QC-2'] }),
  ...rule('qc', 'draft', 'save_draft_step', ['same'], ['consumer_side'], { spec: ['QC-3'] }),
  ...rule('qc', 'draft', 'submit_case', ['negotiation'], ['consumer_side'], {
    guards: ['draft_not_expired'],
    spec: ['QC-6', 'QC-7'],
  }),
  ...rule('qc', 'draft', 'close_case', ['closed'], ['consumer_side'], {
    outcomes: ['withdrawn'],
    spec: ['QC-8'],
  }),
  ...rule('qc', 'draft', 'expire_draft', ['closed'], ['system'], {
    outcomes: ['expired'],
    guards: ['draft_expiry_reached'],
    spec: ['QC-8'],
  }),
  ...rule('qc', QC_AFTER_TAKE_CHARGE, 'take_charge', ['same'], ['business'], {
    guards: ['not_already_in_charge'],
    spec: ['QC-10'],
  }),
  ...rule('qc', 'negotiation', 'refuse_negotiation', ['closed'], ['business'], {
    outcomes: ['refused'],
    guards: ['before_take_charge'],
    spec: ['QC-9'],
  }),
  ...rule('qc', 'negotiation', 'make_proposal', ['same'], PARTY_CAPACITIES, {
    guards: ['party_turn'],
    spec: ['QC-12'],
  }),
  ...rule('qc', 'negotiation', 'modify_proposal', ['same'], PARTY_CAPACITIES, {
    guards: ['own_open_proposal'],
    spec: ['QC-12'],
  }),
  ...rule('qc', 'negotiation', 'accept_proposal', ['closed'], PARTY_CAPACITIES, {
    outcomes: ['agreement'],
    guards: ['acceptable_proposal'],
    spec: ['QC-12', 'QC-13'],
  }),
  ...rule(
    'qc',
    ['negotiation', 'mediation_requested'],
    'close_case',
    ['closed'],
    PARTY_CAPACITIES,
    {
      outcomes: ['withdrawn'],
      spec: ['QC-14'],
    },
  ),
  ...rule('qc', 'negotiation', 'request_mediation', ['mediation_requested'], PARTY_CAPACITIES, {
    guards: ['mediation_eligible'],
    spec: ['QC-15'],
  }),
  ...rule('qc', 'mediation_requested', 'assign_mediator', ['mediation'], ['staff'], {
    guards: ['other_mediator'],
    spec: ['QC-15', 'QC-16'],
  }),
  ...rule('qc', 'mediation', 'assign_mediator', ['same'], ['staff'], {
    guards: ['other_mediator'],
    spec: ['QC-16'],
  }),
  ...rule('qc', 'mediation', 'make_proposal', ['same'], ['mediator'], {
    guards: ['no_mediator_proposal'],
    spec: ['QC-17'],
  }),
  ...rule('qc', 'mediation', 'modify_proposal', ['same'], ['mediator'], {
    guards: ['own_open_proposal'],
    spec: ['QC-17'],
  }),
  ...rule('qc', 'mediation', 'accept_proposal', ['same', 'closed'], PARTY_CAPACITIES, {
    outcomes: ['agreement'],
    guards: ['acceptable_proposal'],
    spec: ['QC-17'],
  }),
  ...rule('qc', 'mediation', 'close_without_agreement', ['closed'], ['mediator'], {
    outcomes: ['mediation_failed'],
    spec: ['QC-19'],
  }),
  ...rule('qc', QC_OPEN, 'add_representative', ['same'], ['case_consumer'], {
    guards: ['no_representative'],
    spec: ['QC-4', 'REP-1'],
  }),
  ...rule('qc', QC_OPEN, 'activate_representative', ['same'], ['representative_invitee'], {
    guards: ['pending_invitation'],
    spec: ['REP-2'],
  }),
  ...rule('qc', QC_OPEN, 'remove_representative', ['same'], ['case_consumer'], {
    guards: ['has_representative'],
    spec: ['REP-3'],
  }),
  ...rule('qc', QC_OPEN, 'add_document', ['same'], DOCUMENT_ADDERS, { spec: ['DOC-1', 'REP-3'] }),
  ...rule(
    'qc',
    ['negotiation', 'mediation_requested'],
    'post_message',
    ['same'],
    PARTY_CAPACITIES,
    {
      guards: ['thread_open'],
      spec: ['MSG-1'],
    },
  ),
  ...rule('qc', 'mediation', 'post_message', ['same'], [...PARTY_CAPACITIES, 'mediator'], {
    guards: ['thread_open'],
    spec: ['MSG-1', 'QC-18'],
  }),
  // QC-22: the parties' thread stays writable 90 days after an agreement.
  ...rule('qc', 'closed', 'post_message', ['same'], PARTY_CAPACITIES, {
    guards: ['thread_open'],
    spec: ['QC-22'],
  }),
];

export const QC_EXPLICIT_DENIALS: readonly ExplicitDenial[] = [
  ...(['make_proposal', 'modify_proposal'] as const).map((action): ExplicitDenial => ({
    programme: 'qc',
    from: 'mediation',
    action,
    by: PARTY_CAPACITIES,
    reason: 'only_mediator_proposes_in_mediation',
    spec: ['QC-17'],
  })),
  {
    programme: 'qc',
    from: 'mediation',
    action: 'close_case',
    by: PARTY_CAPACITIES,
    reason: 'only_mediator_closes_in_mediation',
    spec: ['QC-19'],
  },
];
