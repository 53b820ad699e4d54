/**
 * qc programme: who may do what in each situation, written by hand from SPEC §2, §4, §6.3
 * (independent of src/transitions.ts). Roles: consumer, consumer_representative (active, so it
 * speaks for the consumer: REP-3), merchant_respondent, merchant_representative (the one who
 * takes charge in these fixtures), mediator (assigned once mediation starts), staff,
 * administrator, system.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_NAMES } from '../src/index.js';
import { FR_ACTIONS, QC_ACTIONS } from './action-lists.js';
import { QC_FIXTURES } from './permission-fixtures.js';
import { deny, runPermissionTable, type SituationTable } from './permission-table.js';

const CONSUMER_SIDE = ['consumer', 'consumer_representative'] as const;
const PARTIES = [...CONSUMER_SIDE, 'merchant_representative'] as const;
const BUSINESS = ['merchant_respondent', 'merchant_representative'] as const;
const STAFF = ['staff', 'administrator'] as const;
const RESPONDENT_NOT_IN_CHARGE = deny(['merchant_respondent'], 'not_in_charge');

/** REP-1..3: the consumer names and removes; a representative only accepts an invitation. */
const REPRESENTATIVES: SituationTable = {
  add_representative: { allow: ['consumer'] },
  activate_representative: { deny: { consumer_representative: 'no_pending_representative' } },
  remove_representative: { deny: { consumer: 'representative_not_found' } },
};

const DRAFT: SituationTable = {
  ...REPRESENTATIVES,
  save_draft_step: { allow: CONSUMER_SIDE }, // QC-3
  submit_case: { allow: CONSUMER_SIDE }, // QC-7
  close_case: { allow: CONSUMER_SIDE }, // QC-8
  expire_draft: { deny: { system: 'deadline_not_reached' } }, // QC-8
  add_document: { allow: CONSUMER_SIDE, deny: deny(BUSINESS, 'not_in_charge') }, // DOC-1
};

/** After take-charge (QC-10, QC-12, QC-14); the respondent did not take charge. */
const AFTER_TAKE_CHARGE: SituationTable = {
  ...REPRESENTATIVES,
  take_charge: {
    allow: ['merchant_respondent'],
    deny: { merchant_representative: 'already_in_charge' },
  },
  close_case: { allow: PARTIES, deny: RESPONDENT_NOT_IN_CHARGE },
  add_document: { allow: PARTIES, deny: RESPONDENT_NOT_IN_CHARGE },
  post_message: { allow: PARTIES, deny: RESPONDENT_NOT_IN_CHARGE }, // MSG-1
};

const IN_MEDIATION: SituationTable = {
  ...AFTER_TAKE_CHARGE,
  assign_mediator: { allow: STAFF }, // reassignment
  // QC-17: parties never propose in mediation; QC-19: only the mediator closes.
  make_proposal: {
    allow: ['mediator'],
    deny: deny(PARTIES, 'only_mediator_proposes_in_mediation'),
  },
  modify_proposal: {
    deny: {
      mediator: 'proposal_not_found',
      ...deny(PARTIES, 'only_mediator_proposes_in_mediation'),
    },
  },
  accept_proposal: {
    deny: { ...deny(PARTIES, 'proposal_not_found'), ...RESPONDENT_NOT_IN_CHARGE },
  },
  close_case: {
    deny: deny(PARTIES, 'only_mediator_closes_in_mediation'),
    otherwise: 'not_allowed_in_state',
  },
  close_without_agreement: { allow: ['mediator'] },
  post_message: { allow: [...PARTIES, 'mediator'], deny: RESPONDENT_NOT_IN_CHARGE }, // QC-18
};

const TABLES: Record<keyof typeof QC_FIXTURES, SituationTable> = {
  none: { open_case: { allow: ['consumer'] } }, // QC-2
  draft: DRAFT,
  draft_period_over: {
    ...DRAFT,
    submit_case: { deny: deny(CONSUMER_SIDE, 'deadline_passed') },
    expire_draft: { allow: ['system'] },
  },
  negotiation_before_take_charge: {
    ...REPRESENTATIVES,
    take_charge: { allow: BUSINESS }, // QC-10
    refuse_negotiation: { allow: BUSINESS }, // QC-9
    make_proposal: {
      deny: { ...deny(CONSUMER_SIDE, 'awaiting_other_side'), ...deny(BUSINESS, 'not_in_charge') },
    },
    modify_proposal: { allow: CONSUMER_SIDE, deny: deny(BUSINESS, 'not_in_charge') }, // QC-12
    accept_proposal: {
      deny: {
        ...deny(CONSUMER_SIDE, 'cannot_accept_own_proposal'),
        ...deny(BUSINESS, 'not_in_charge'),
      },
    },
    close_case: { allow: CONSUMER_SIDE, deny: deny(BUSINESS, 'not_in_charge') }, // QC-14
    request_mediation: {
      deny: {
        ...deny(CONSUMER_SIDE, 'mediation_not_yet_eligible'),
        ...deny(BUSINESS, 'not_in_charge'),
      },
    },
    post_message: {
      deny: { ...deny(CONSUMER_SIDE, 'thread_not_open'), ...deny(BUSINESS, 'not_in_charge') },
    },
    add_document: { allow: CONSUMER_SIDE, deny: deny(BUSINESS, 'not_in_charge') },
  },
  negotiation: {
    ...AFTER_TAKE_CHARGE,
    refuse_negotiation: { deny: deny(BUSINESS, 'already_taken_charge') }, // QC-9
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
    // QC-15: taken charge 50 days ago.
    request_mediation: { allow: PARTIES, deny: RESPONDENT_NOT_IN_CHARGE },
  },
  mediation_requested: {
    ...AFTER_TAKE_CHARGE,
    assign_mediator: { allow: STAFF }, // QC-15
  },
  mediation_no_proposal: IN_MEDIATION,
  mediation_with_proposal: {
    ...IN_MEDIATION,
    make_proposal: {
      deny: {
        mediator: 'proposal_already_exists',
        ...deny(PARTIES, 'only_mediator_proposes_in_mediation'),
      },
    },
    modify_proposal: {
      allow: ['mediator'],
      deny: deny(PARTIES, 'only_mediator_proposes_in_mediation'),
    },
    accept_proposal: { allow: PARTIES, deny: RESPONDENT_NOT_IN_CHARGE }, // QC-17
  },
  // The fixture closed with an agreement: QC-22 keeps the parties' thread open 90 days.
  closed: { post_message: { allow: PARTIES, deny: RESPONDENT_NOT_IN_CHARGE } },
};

runPermissionTable('qc', QC_ACTIONS, QC_FIXTURES, TABLES);

describe('action catalogue', () => {
  it('knows every action the engine exports', () => {
    expect(new Set([...QC_ACTIONS, ...FR_ACTIONS])).toEqual(new Set(ACTION_NAMES));
  });
});
