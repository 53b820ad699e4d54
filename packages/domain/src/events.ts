/**
 * The case event catalogue: the only source of truth of a case. History, notifications and
 * statistics are derived from it; `replay(events)` rebuilds the state. Events carry no message
 * bodies or document contents (SPEC §10: confidential content stays out of logs and e-mails).
 */
import type { EventActor } from './actors.js';
import type { ThreadRef } from './commands.js';
import type { Currency, ProgrammeSettings, Programme } from './programmes.js';
import type { PartySide, ProposalAuthor, ProposalContent, ProposalPhase } from './proposals.js';
import type { Closure, MerchantRepresentative } from './state.js';
import type { AdmissibilityGround, Channel, DraftStep } from './statuses.js';

interface Event<T extends string, P> {
  readonly type: T;
  readonly caseId: string;
  readonly actor: EventActor;
  /** ISO-8601 instant (UTC, milliseconds). */
  readonly at: string;
  readonly payload: P;
}

type Empty = Readonly<Record<string, never>>;
interface ProposalRef {
  readonly proposalId: string;
  readonly version: number;
}

export type CaseEvent =
  | Event<
      'case_opened',
      {
        readonly programme: Programme;
        readonly settings: ProgrammeSettings;
        readonly caseNumber: string;
        readonly referenceNumber: string;
        readonly consumer: { readonly userId: string };
        readonly business: { readonly businessId: string };
        readonly channel: Channel;
        /** qc: QC-8 draft expiry; null in fr. */
        readonly draftExpiresAt: string | null;
        /** fr: FR-5 answer period of the professional; null in qc. */
        readonly professionalAnswerDueAt: string | null;
      }
    >
  | Event<'draft_step_saved', { readonly step: DraftStep }>
  | Event<'case_submitted', Empty>
  | Event<'draft_expired', Empty>
  | Event<
      'merchant_took_charge',
      {
        readonly representative: MerchantRepresentative;
        /** QC-10: the representative replaced by this take-over, who is notified. */
        readonly replaced: MerchantRepresentative | null;
      }
    >
  | Event<'negotiation_refused', { readonly reason: string }>
  | Event<
      'proposal_made',
      {
        readonly proposalId: string;
        readonly author: ProposalAuthor;
        readonly phase: ProposalPhase;
        readonly currency: Currency;
        readonly content: ProposalContent;
        /** The proposal this one counters (QC-12), if any. */
        readonly counters: string | null;
      }
    >
  | Event<'proposal_modified', ProposalRef & { readonly content: ProposalContent }>
  | Event<'proposal_accepted', ProposalRef & { readonly side: PartySide }>
  | Event<'acceptances_voided', ProposalRef & { readonly sides: readonly PartySide[] }>
  | Event<'parties_agreed', ProposalRef>
  | Event<
      'agreement_reached',
      ProposalRef & { readonly phase: ProposalPhase; readonly protocolVersion: number | null }
    >
  | Event<'case_closed', Omit<Closure, 'closedAt' | 'by'>>
  | Event<'mediation_requested', { readonly basis: 'both_proposed' | 'take_charge_elapsed' }>
  | Event<
      'mediator_assigned',
      { readonly mediator: { readonly userId: string }; readonly replaced: string | null }
    >
  | Event<'mediation_started', { readonly endsAt: string; readonly alertAt: string | null }>
  | Event<
      'representative_added',
      {
        readonly representativeId: string;
        readonly firstName: string;
        readonly lastName: string;
        readonly relationship: string;
        readonly email: string;
      }
    >
  | Event<
      'representative_activated',
      { readonly representativeId: string; readonly userId: string }
    >
  | Event<
      'representative_removed',
      { readonly representativeId: string; readonly userId: string | null }
    >
  | Event<'document_added', { readonly documentId: string }>
  | Event<'message_posted', { readonly messageId: string; readonly thread: ThreadRef }>
  | Event<
      'professional_accepted',
      { readonly representative: MerchantRepresentative; readonly admissibilityDueAt: string }
    >
  | Event<'professional_refused', { readonly reason: string }>
  | Event<'professional_silent', Empty>
  | Event<'centre_intervention_requested', Empty>
  | Event<'centre_intervened', { readonly professionalAnswerDueAt: string }>
  | Event<'refusal_attestation_requested', Empty>
  | Event<
      'admissibility_decided',
      { readonly admissible: boolean; readonly ground: AdmissibilityGround | null }
    >
  | Event<
      'mediation_extended',
      { readonly reason: string; readonly previousEndsAt: string; readonly endsAt: string }
    >
  | Event<
      'solution_proposed',
      {
        readonly proposalId: string;
        readonly currency: Currency;
        readonly content: ProposalContent;
        readonly answerDueAt: string;
      }
    >
  | Event<
      'solution_modified',
      ProposalRef & { readonly content: ProposalContent; readonly answerDueAt: string }
    >
  | Event<'solution_accepted', ProposalRef & { readonly side: PartySide }>
  | Event<'solution_refused', ProposalRef & { readonly side: PartySide }>
  | Event<
      'protocol_submitted',
      { readonly version: number; readonly documentId: string; readonly documentHash: string }
    >
  | Event<'protocol_signed', { readonly version: number; readonly side: PartySide }>;

export type CaseEventType = CaseEvent['type'];
export type EventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
export type EventPayload<T extends CaseEventType> = EventOf<T>['payload'];

/** Builds an event with the right payload type for its `type`. */
export function makeEvent<T extends CaseEventType>(
  type: T,
  caseId: string,
  actor: EventActor,
  at: string,
  payload: EventPayload<T>,
): EventOf<T> {
  return { type, caseId, actor, at, payload } as EventOf<T>;
}
