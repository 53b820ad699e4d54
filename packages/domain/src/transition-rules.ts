/**
 * The vocabulary of the transition table: relations to a case ("capacities"), guards, the row
 * types and the `rule` helper the programme tables (transitions-qc.ts, transitions-fr.ts) use.
 */
import type { ActionName } from './commands.js';
import type { Programme } from './programmes.js';
import type { DenialReason } from './reasons.js';
import type { CaseStatus, Outcome } from './statuses.js';

/**
 * An actor's relation to the case, as required by a row:
 * - new_consumer: a signed-in consumer opening their own case;
 * - consumer_side: whoever acts for the consumer: the active representative if there is one,
 *   otherwise the consumer (REP-3);
 * - case_consumer: the case's consumer, represented or not (documents, naming a representative);
 * - merchant_side: the person who took charge for the business (QC-10);
 * - business: the business's respondent or any of its representatives (QC-9, QC-10, FR-5);
 * - mediator: the mediator assigned to the case; staff: staff or administrator;
 * - representative_invitee: a representative holding a pending invitation (REP-2);
 * - system: deadline jobs.
 */
export const CAPACITIES = [
  'new_consumer',
  'consumer_side',
  'case_consumer',
  'merchant_side',
  'business',
  'mediator',
  'staff',
  'representative_invitee',
  'system',
] as const;
export type Capacity = (typeof CAPACITIES)[number];

/** Conditions checked after the actor's capacity; each is implemented in guards.ts. */
export const GUARDS = {
  draft_not_expired: 'the draft period has not ended (QC-8)',
  draft_expiry_reached: 'the draft period has ended (QC-8)',
  answer_period_over: "the professional's answer period has ended (FR-5)",
  no_representative: 'the consumer has no representative yet',
  pending_invitation: 'a representative invitation is pending (REP-2)',
  has_representative: 'the consumer has a representative',
  not_already_in_charge: 'the actor is not already the one in charge (QC-10)',
  before_take_charge: 'nobody has taken charge yet (QC-9)',
  party_turn: "the latest proposal is the other side's, or there is none (QC-12)",
  no_mediator_proposal: 'the mediator has no proposal yet (QC-17)',
  own_open_proposal: "the actor's side wrote the proposal and nobody answered it (QC-12)",
  acceptable_proposal: "the current version of the other side's open proposal (QC-12, QC-17)",
  mediation_eligible: 'each party proposed, or 45 calendar days since take-charge (QC-15)',
  other_mediator: 'a mediator other than the assigned one, not a participant',
  pending_solution: 'the current version of the solution, not yet answered by this side (FR-11)',
  protocol_to_sign: 'the current protocol version, not yet signed by this side (FR-12)',
  thread_open: 'the discussion is open to the actor at this stage (MSG-1, QC-18, QC-22)',
} as const;
export type GuardName = keyof typeof GUARDS;

export interface Transition {
  readonly programme: Programme;
  readonly from: CaseStatus | 'none';
  readonly action: ActionName;
  /** Statuses the case may be in afterwards (several when the command's data decides). */
  readonly to: readonly CaseStatus[];
  /** Outcomes when `to` includes `closed`. */
  readonly outcomes: readonly Outcome[];
  readonly by: readonly Capacity[];
  readonly guards: readonly GuardName[];
  readonly spec: readonly string[];
}

/** Rows that give a precise reason when an actor holding `by` tries an action reserved to others. */
export interface ExplicitDenial {
  readonly programme: Programme;
  readonly from: CaseStatus;
  readonly action: ActionName;
  readonly by: readonly Capacity[];
  readonly reason: DenialReason;
  readonly spec: readonly string[];
}

type From = CaseStatus | 'none';
interface RuleOptions {
  readonly outcomes?: readonly Outcome[];
  readonly guards?: readonly GuardName[];
  readonly spec: readonly string[];
}

/** One row per `from` status; `same` in `to` means "stays in its status". */
export function rule(
  programme: Programme,
  from: From | readonly From[],
  action: ActionName,
  to: readonly (CaseStatus | 'same')[],
  by: readonly Capacity[],
  options: RuleOptions,
): Transition[] {
  const froms: readonly From[] = typeof from === 'string' ? [from] : from;
  return froms.map((status) => ({
    programme,
    from: status,
    action,
    to: to.map((target) => (target === 'same' ? (status as CaseStatus) : target)),
    outcomes: options.outcomes ?? [],
    by,
    guards: options.guards ?? [],
    spec: options.spec,
  }));
}

/** Both parties, each through whoever speaks for them. */
export const PARTY_CAPACITIES: readonly Capacity[] = ['consumer_side', 'merchant_side'];
/** DOC-1, REP-3: a represented consumer may still add documents. */
export const DOCUMENT_ADDERS: readonly Capacity[] = [
  'case_consumer',
  'consumer_side',
  'merchant_side',
];
