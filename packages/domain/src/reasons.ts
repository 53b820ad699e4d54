/**
 * Why an action is refused: stable machine codes that the API translates into French and
 * English messages. The English text here is the meaning, for developers and the generated doc.
 */
export const DENIAL_REASONS = {
  case_not_found: 'There is no case yet: only open_case is possible.',
  case_already_exists: 'The case was already opened.',
  case_closed: 'The case is closed and accepts no action.',
  not_in_programme: "The action does not exist in the case's programme.",
  not_allowed_in_state: 'Nobody may take this action in the current status.',
  role_not_allowed: 'This role may not take this action here (staff never act as parties).',
  not_case_participant: 'The actor has the right role but is not a participant of this case.',
  not_in_charge:
    'The business acts through the person who took charge of the case (QC-10); take charge first.',
  represented_consumer_cannot_act:
    'A representative is active: only they act for the consumer, who may still add documents (REP-3).',
  invalid_command: 'The command is malformed or inconsistent with the case.',
  duplicate_id: 'The identifier given for the new item is already used in this case.',
  prefiling_not_admissible:
    'No prior written complaint, or the complaint is over a year old: mediation is impossible (FR-1).',
  invalid_settings: 'The settings snapshot is invalid.',
  deadline_passed: 'The period for this action has ended.',
  deadline_not_reached: 'The deadline this system action enforces has not been reached yet.',
  already_in_charge: 'The actor already is the merchant representative in charge.',
  already_taken_charge: 'The business took charge: it can no longer refuse to negotiate (QC-9).',
  mediation_not_yet_eligible:
    'Mediation needs a formal proposal from each party, or 45 days since take-charge (QC-15).',
  proposal_not_found: 'There is no such proposal (or no proposal to act on).',
  proposal_not_open: 'This proposal can no longer be answered in the current phase.',
  proposal_already_answered:
    'The other side already accepted or countered this proposal; it can no longer change (QC-12).',
  proposal_already_exists: 'A proposal already exists: modify it instead (QC-17).',
  not_proposal_author: 'Only the author of a proposal may modify it (QC-12).',
  cannot_accept_own_proposal: 'A party cannot accept its own proposal.',
  awaiting_other_side:
    'Your proposal is the latest one: modify it or wait for the other side to answer (QC-12).',
  version_mismatch: 'The version acted on is not the current one (it was modified meanwhile).',
  already_answered: 'This party already answered this version.',
  only_mediator_proposes_in_mediation: 'In qc mediation only the mediator proposes (QC-17).',
  only_mediator_closes_in_mediation:
    'In qc mediation only the mediator closes a case without agreement (QC-19).',
  invalid_proposal: 'The proposal content is invalid (solutions, amounts, dates or terms).',
  reason_required: 'A reason from the list is required.',
  justification_required: 'A written justification is required.',
  problem_summary_required: 'A summary of the nature of the problem is required (QC-19).',
  invalid_admissibility_ground: 'The ground is not one of L612-2 (FR-8).',
  extension_reason_required: 'Extending mediation needs a reason (FR-9).',
  extension_not_later: 'The new end date must be later than the current one (FR-9).',
  invalid_date: 'The date is not a valid calendar date.',
  invalid_answer_period: 'The answer period must be a positive whole number of days (FR-11).',
  already_assigned: 'This mediator is already assigned to the case.',
  mediator_is_party: 'A participant of the case cannot be its mediator.',
  representative_already_present: 'The consumer already has a representative.',
  no_pending_representative: 'There is no pending representative invitation to accept.',
  representative_not_found: 'There is no such representative on the case.',
  consent_required: "The consumer must tick the representative's consent box (REP-1).",
  protocol_not_submitted: 'The mediator has not submitted the protocol of agreement yet (FR-12).',
  already_signed: 'This party already signed this protocol version.',
  thread_not_open: 'This discussion is not open at this stage (MSG-1).',
  thread_read_only: 'This discussion is read-only in mediation (QC-18).',
  not_thread_participant: 'The actor is not a participant of this discussion.',
} as const satisfies Record<string, string>;

export type DenialReason = keyof typeof DENIAL_REASONS;

/** Every denial reason code, for the API's translation tables. */
export const DENIAL_REASON_CODES = Object.keys(DENIAL_REASONS) as readonly DenialReason[];
