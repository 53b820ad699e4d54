/**
 * The state of one case, rebuilt from its events by `apply`/`replay` (evolve.ts). Deadline
 * instants are computed when the event is decided and carried in its payload, so replaying
 * old events never depends on today's rules or time-zone data.
 */
import type { ActorRole, EventActor } from './actors.js';
import type { ProgrammeSettings, Programme } from './programmes.js';
import type { PartySide, Proposal, ProposalPhase } from './proposals.js';
import type {
  AdmissibilityGround,
  CaseStatus,
  Channel,
  Outcome,
  WithdrawalReason,
} from './statuses.js';

export interface ConsumerRepresentative {
  readonly representativeId: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly relationship: string;
  readonly email: string;
  /** invited: waiting for the person to enter the validation key (REP-2); active: acts (REP-3). */
  readonly status: 'invited' | 'active';
  readonly userId: string | null;
}

export interface MerchantRepresentative {
  readonly userId: string;
  readonly role: ActorRole;
  readonly since: string;
}

export interface Due {
  /** QC-8: the draft closes itself at this instant. */
  readonly draftExpiresAt: string | null;
  /** FR-5/FR-6: the professional's answer period ends (silence = refusal). */
  readonly professionalAnswerDueAt: string | null;
  /** FR-8: the admissibility decision is due. */
  readonly admissibilityDueAt: string | null;
  /** QC-20 day 60 alert. */
  readonly mediationAlertAt: string | null;
  /** QC-20 end of day 75 (overdue after) / FR-9 end of day 90 or the extended date. */
  readonly mediationEndsAt: string | null;
}

export type ClosureReason =
  | WithdrawalReason
  | AdmissibilityGround
  | 'agreement'
  | 'draft_expired'
  | 'negotiation_refused'
  | 'professional_refused'
  | 'professional_silent'
  | 'mediation_failed';

export interface Closure {
  readonly outcome: Outcome;
  readonly reason: ClosureReason;
  /** Phase the case was in: tells agreements in negotiation from those in mediation (RPT-1). */
  readonly phase: 'draft' | 'filing' | ProposalPhase;
  readonly justification: string | null;
  readonly problemSummary: string | null;
  readonly closedAt: string;
  readonly by: EventActor;
  /** QC-22: messaging stays usable until then (agreements only); null: read-only from closing. */
  readonly messagingUntil: string | null;
  /** QC-23: parties and mediator may read the case until then; then it is purged. */
  readonly readableUntil: string;
}

export interface Agreement {
  readonly proposalId: string;
  readonly version: number;
  readonly phase: ProposalPhase;
  readonly reachedAt: string;
  /** FR-12: version of the signed protocol of agreement. */
  readonly protocolVersion: number | null;
}

export interface Protocol {
  readonly version: number;
  readonly documentId: string;
  readonly documentHash: string;
  readonly submittedAt: string;
  readonly signatures: readonly { readonly side: PartySide; readonly at: string }[];
}

export interface ProfessionalRefusal {
  readonly kind: 'refused' | 'silence';
  readonly reason: string | null;
  readonly at: string;
}

export interface CaseState {
  readonly caseId: string;
  readonly programme: Programme;
  /** Snapshot of the settings in force when the case was opened. */
  readonly settings: ProgrammeSettings;
  readonly caseNumber: string;
  readonly referenceNumber: string;
  readonly channel: Channel;
  readonly status: CaseStatus;
  /** Number of events applied: the expected version for optimistic concurrency. */
  readonly revision: number;
  readonly openedAt: string;
  readonly consumer: { readonly userId: string };
  readonly business: { readonly businessId: string };
  readonly consumerRepresentative: ConsumerRepresentative | null;
  /** QC-10: the single person acting for the business on this case. */
  readonly merchantRepresentative: MerchantRepresentative | null;
  /** QC-15 counts from the first take-charge: a take-over does not restart the clock. */
  readonly firstTookChargeAt: string | null;
  readonly mediator: { readonly userId: string } | null;
  readonly proposals: readonly Proposal[];
  /** fr: the accepted proposal or solution the protocol will record (FR-12). */
  readonly agreedBasis: { readonly proposalId: string; readonly version: number } | null;
  readonly protocol: Protocol | null;
  readonly agreement: Agreement | null;
  readonly professionalRefusal: ProfessionalRefusal | null;
  readonly centreInterventions: number;
  readonly admissibility: {
    readonly admissible: boolean;
    readonly ground: AdmissibilityGround | null;
    readonly decidedAt: string;
  } | null;
  readonly submittedAt: string | null;
  readonly mediationRequestedAt: string | null;
  readonly mediationStartedAt: string | null;
  readonly due: Due;
  readonly closure: Closure | null;
}
