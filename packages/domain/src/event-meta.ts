/**
 * Who hears about each event (SPEC §9) and whether staff may see its payload (STF-2: staff see
 * metadata only). The `Record` over every event type keeps this table exhaustive.
 */
import type { CaseEventType } from './events.js';

/**
 * consumer: the consumer and their active representative; business: the respondent and the
 * person in charge (ORG-2); mediator: the assigned mediator; staff: the office; replaced: the
 * merchant representative or mediator the event replaced; invitee: a representative invited.
 */
export type Audience = 'consumer' | 'business' | 'mediator' | 'staff' | 'replaced' | 'invitee';

export interface EventMeta {
  /** Notified in-app and by e-mail (minus the actor themself). Empty: history only. */
  readonly notify: readonly Audience[];
  /** True when the payload holds content staff must not read (proposals, personal details). */
  readonly confidential: boolean;
}

const BOTH_PARTIES: readonly Audience[] = ['consumer', 'business'];
const EVERYONE: readonly Audience[] = ['consumer', 'business', 'mediator'];

const meta = (notify: readonly Audience[], confidential = false): EventMeta => ({
  notify,
  confidential,
});

export const EVENT_META: { readonly [T in CaseEventType]: EventMeta } = {
  case_opened: meta(['staff']),
  draft_step_saved: meta([]),
  case_submitted: meta(BOTH_PARTIES),
  draft_expired: meta(['consumer']),
  merchant_took_charge: meta(['consumer', 'business', 'replaced']),
  negotiation_refused: meta(BOTH_PARTIES),
  proposal_made: meta(EVERYONE, true),
  proposal_modified: meta(EVERYONE, true),
  proposal_accepted: meta(EVERYONE),
  acceptances_voided: meta(EVERYONE),
  parties_agreed: meta(EVERYONE),
  agreement_reached: meta([...EVERYONE, 'staff']),
  case_closed: meta([...EVERYONE, 'staff']),
  mediation_requested: meta([...BOTH_PARTIES, 'staff']),
  mediator_assigned: meta([...EVERYONE, 'replaced']),
  mediation_started: meta(EVERYONE),
  representative_added: meta(['invitee'], true),
  representative_activated: meta(['consumer']),
  representative_removed: meta(['consumer', 'replaced']),
  document_added: meta(EVERYONE),
  message_posted: meta(EVERYONE), // narrowed to the participants of `payload.thread`
  professional_accepted: meta(['consumer', 'staff']),
  professional_refused: meta(['consumer', 'staff']), // staff follow up with the professional (FR-6)
  professional_silent: meta(['consumer', 'staff']),
  centre_intervention_requested: meta(['staff']),
  centre_intervened: meta(BOTH_PARTIES),
  refusal_attestation_requested: meta(BOTH_PARTIES),
  admissibility_decided: meta(EVERYONE),
  mediation_extended: meta(EVERYONE),
  solution_proposed: meta(BOTH_PARTIES, true),
  solution_modified: meta(BOTH_PARTIES, true),
  solution_accepted: meta(EVERYONE),
  solution_refused: meta(EVERYONE),
  protocol_submitted: meta(BOTH_PARTIES),
  protocol_signed: meta(EVERYONE),
};

/** Derived list of every event type (stable order), for API translation tables and tests. */
export const CASE_EVENT_TYPES = Object.keys(EVENT_META) as readonly CaseEventType[];
