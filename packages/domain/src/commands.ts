/**
 * Commands: what an actor asks the case to do. Identifiers of new things (case, proposal,
 * document, message, representative) are chosen by the caller so that `decide` stays pure.
 */
import type { LocalDate } from './calendar.js';
import type { ProgrammeSettings, Programme } from './programmes.js';
import type { PartySide, ProposalContent } from './proposals.js';
import type { AdmissibilityGround, Channel, DraftStep, WithdrawalReason } from './statuses.js';

export type ThreadRef =
  | { readonly kind: 'parties' }
  | { readonly kind: 'mediation_discussion' }
  | { readonly kind: 'with_mediator'; readonly side: PartySide };
export type ThreadKind = ThreadRef['kind'];

export interface OpenCaseCommand {
  readonly type: 'open_case';
  readonly caseId: string;
  readonly programme: Programme;
  /** Effective settings of the deployment (defaults when omitted); snapshotted in the case. */
  readonly settings?: ProgrammeSettings;
  /** qc: the intake's reference number (QC-1); fr: the number the centre allocates. */
  readonly referenceNumber: string;
  readonly consumerUserId: string;
  readonly businessId: string;
  readonly channel?: Channel;
  /** FR-1: the consumer's answers to the two admissibility questions. */
  readonly prefiling?: {
    readonly writtenComplaintSent: boolean;
    readonly complaintUnderOneYear: boolean;
  };
}

interface ProposalRef {
  readonly proposalId: string;
  readonly version: number;
}

export type Command =
  | OpenCaseCommand
  | { readonly type: 'save_draft_step'; readonly step: DraftStep }
  | {
      readonly type: 'submit_case';
      readonly proposalId: string;
      readonly proposal: ProposalContent;
    }
  | { readonly type: 'expire_draft' }
  | { readonly type: 'take_charge' }
  | { readonly type: 'refuse_negotiation'; readonly reason: string }
  | {
      readonly type: 'make_proposal';
      readonly proposalId: string;
      readonly content: ProposalContent;
    }
  | {
      readonly type: 'modify_proposal';
      readonly proposalId: string;
      /** The version the author edited: a stale edit is refused with `version_mismatch`. */
      readonly baseVersion: number;
      readonly content: ProposalContent;
    }
  | ({ readonly type: 'accept_proposal' } & ProposalRef)
  | { readonly type: 'request_mediation' }
  | { readonly type: 'assign_mediator'; readonly mediatorUserId: string }
  | {
      readonly type: 'close_case';
      readonly reason: WithdrawalReason;
      readonly justification: string;
    }
  | {
      readonly type: 'close_without_agreement';
      readonly justification: string;
      /** QC-19: printed on the attestation of no agreement; optional in fr. */
      readonly problemSummary: string;
    }
  | {
      readonly type: 'add_representative';
      readonly representativeId: string;
      readonly firstName: string;
      readonly lastName: string;
      readonly relationship: string;
      readonly email: string;
      readonly consent: boolean;
    }
  | { readonly type: 'activate_representative'; readonly representativeId: string }
  | { readonly type: 'remove_representative'; readonly representativeId: string }
  | { readonly type: 'add_document'; readonly documentId: string }
  | { readonly type: 'post_message'; readonly messageId: string; readonly thread: ThreadRef }
  | { readonly type: 'professional_accept' }
  | { readonly type: 'professional_refuse'; readonly reason: string }
  | { readonly type: 'record_professional_silence' }
  | { readonly type: 'request_centre_intervention' }
  | { readonly type: 'record_centre_intervention' }
  | { readonly type: 'take_attestation' }
  | { readonly type: 'declare_admissible' }
  | { readonly type: 'declare_inadmissible'; readonly ground: AdmissibilityGround }
  | { readonly type: 'extend_mediation'; readonly reason: string; readonly newEndDate: LocalDate }
  | {
      readonly type: 'propose_solution';
      readonly proposalId: string;
      readonly content: ProposalContent;
      /** FR-11: days the parties have to answer; the programme default when omitted. */
      readonly answerDays?: number;
    }
  | ({ readonly type: 'accept_solution' } & ProposalRef)
  | ({ readonly type: 'refuse_solution' } & ProposalRef)
  | { readonly type: 'submit_protocol'; readonly documentId: string; readonly documentHash: string }
  | { readonly type: 'sign_protocol'; readonly protocolVersion: number };

export type ActionName = Command['type'];
export type CommandOf<A extends ActionName> = Extract<Command, { type: A }>;

const ACTION_SET: { readonly [A in ActionName]: true } = {
  open_case: true,
  save_draft_step: true,
  submit_case: true,
  expire_draft: true,
  take_charge: true,
  refuse_negotiation: true,
  make_proposal: true,
  modify_proposal: true,
  accept_proposal: true,
  request_mediation: true,
  assign_mediator: true,
  close_case: true,
  close_without_agreement: true,
  add_representative: true,
  activate_representative: true,
  remove_representative: true,
  add_document: true,
  post_message: true,
  professional_accept: true,
  professional_refuse: true,
  record_professional_silence: true,
  request_centre_intervention: true,
  record_centre_intervention: true,
  take_attestation: true,
  declare_admissible: true,
  declare_inadmissible: true,
  extend_mediation: true,
  propose_solution: true,
  accept_solution: true,
  refuse_solution: true,
  submit_protocol: true,
  sign_protocol: true,
};

/** Every action name, in a stable order (the record above makes the list exhaustive). */
export const ACTION_NAMES = Object.keys(ACTION_SET) as readonly ActionName[];
