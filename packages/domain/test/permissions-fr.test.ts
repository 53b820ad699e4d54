/**
 * fr programme: who may do what in each situation, written by hand from SPEC §2, §5, §6
 * (independent of src/transitions.ts). The merchant_representative is the one who accepted
 * mediation for the professional (FR-5) and so speaks for the business afterwards.
 */
import { FR_ACTIONS } from './action-lists.js';
import { FR_FIXTURES } from './permission-fixtures.js';
import { deny, runPermissionTable, type SituationTable } from './permission-table.js';

const CONSUMER_SIDE = ['consumer', 'consumer_representative'] as const;
const PARTIES = [...CONSUMER_SIDE, 'merchant_representative'] as const;
const BUSINESS = ['merchant_respondent', 'merchant_representative'] as const;
const STAFF = ['staff', 'administrator'] as const;
const RESPONDENT_NOT_IN_CHARGE = deny(['merchant_respondent'], 'not_in_charge');

const REPRESENTATIVES: SituationTable = {
  add_representative: { allow: ['consumer'] }, // REP-1, FR-18
  activate_representative: { deny: { consumer_representative: 'no_pending_representative' } },
  remove_representative: { deny: { consumer: 'representative_not_found' } },
};

/** Before the professional accepts only the consumer side acts (FR-5, FR-6, FR-13). */
const BEFORE_ACCEPTANCE: SituationTable = {
  ...REPRESENTATIVES,
  close_case: { allow: CONSUMER_SIDE },
  add_document: { allow: CONSUMER_SIDE, deny: deny(BUSINESS, 'not_in_charge') }, // DOC-1
};

const AWAITING_PROFESSIONAL: SituationTable = {
  ...BEFORE_ACCEPTANCE,
  professional_accept: { allow: BUSINESS }, // FR-5
  professional_refuse: { allow: BUSINESS }, // FR-5
  record_professional_silence: { deny: { system: 'deadline_not_reached' } }, // FR-5
};

/** After acceptance the business acts through the person who accepted (QC-10 applied). */
const ACCEPTED: SituationTable = {
  ...REPRESENTATIVES,
  take_charge: {
    allow: ['merchant_respondent'],
    deny: { merchant_representative: 'already_in_charge' },
  },
  close_case: { allow: PARTIES, deny: RESPONDENT_NOT_IN_CHARGE }, // FR-13 withdrawal
  add_document: { allow: PARTIES, deny: RESPONDENT_NOT_IN_CHARGE },
};

const WITH_MEDIATOR: SituationTable = {
  ...ACCEPTED,
  assign_mediator: { allow: STAFF }, // FR-15 reassignment
  post_message: { allow: [...PARTIES, 'mediator'], deny: RESPONDENT_NOT_IN_CHARGE }, // FR-10
};

const MEDIATING: SituationTable = {
  ...WITH_MEDIATOR,
  extend_mediation: { allow: ['mediator'] }, // FR-9
  close_without_agreement: { allow: ['mediator'] }, // FR-13 failure report
};

const TABLES: Record<keyof typeof FR_FIXTURES, SituationTable> = {
  none: { open_case: { allow: ['consumer', ...STAFF] } }, // FR-1, FR-3, FR-4 (postal)
  awaiting_professional: AWAITING_PROFESSIONAL,
  awaiting_professional_period_over: {
    ...AWAITING_PROFESSIONAL,
    record_professional_silence: { allow: ['system'] }, // FR-5: silence counts as refusal
  },
  refused_by_professional: {
    ...BEFORE_ACCEPTANCE,
    request_centre_intervention: { allow: CONSUMER_SIDE }, // FR-6
    take_attestation: { allow: CONSUMER_SIDE }, // FR-6
  },
  centre_intervention: {
    ...BEFORE_ACCEPTANCE,
    professional_accept: { allow: BUSINESS }, // FR-6: the centre convinced the professional
    record_centre_intervention: { allow: STAFF }, // FR-6: a new 10-day period
    take_attestation: { allow: CONSUMER_SIDE },
  },
  awaiting_assignment: {
    ...ACCEPTED,
    assign_mediator: { allow: STAFF }, // FR-7
  },
  admissibility_review: {
    ...WITH_MEDIATOR,
    declare_admissible: { allow: ['mediator'] }, // FR-8, FR-9
    declare_inadmissible: { allow: ['mediator'] }, // FR-8
  },
  mediation: {
    ...MEDIATING,
    // FR-10: parties propose in their columns; the consumer's proposal f1 is the latest.
    make_proposal: {
      allow: ['merchant_representative'],
      deny: { ...deny(CONSUMER_SIDE, 'awaiting_other_side'), ...RESPONDENT_NOT_IN_CHARGE },
    },
    modify_proposal: {
      allow: CONSUMER_SIDE,
      deny: { merchant_representative: 'not_proposal_author', ...RESPONDENT_NOT_IN_CHARGE },
    },
    accept_proposal: {
      allow: ['merchant_representative'],
      deny: { ...deny(CONSUMER_SIDE, 'cannot_accept_own_proposal'), ...RESPONDENT_NOT_IN_CHARGE },
    },
    propose_solution: { allow: ['mediator'] }, // FR-11
  },
  solution_proposed: {
    ...MEDIATING,
    modify_proposal: { allow: ['mediator'] },
    accept_solution: { allow: PARTIES, deny: RESPONDENT_NOT_IN_CHARGE }, // FR-11
    refuse_solution: { allow: PARTIES, deny: RESPONDENT_NOT_IN_CHARGE }, // FR-11
  },
  protocol_signing: {
    ...MEDIATING,
    submit_protocol: { allow: ['mediator'] }, // FR-12
    sign_protocol: { allow: PARTIES, deny: RESPONDENT_NOT_IN_CHARGE }, // FR-12
  },
  closed: {},
};

runPermissionTable('fr', FR_ACTIONS, FR_FIXTURES, TABLES);
