/**
 * Guards named in the transition table. Each answers "why not?" (a denial reason) or null.
 * With a command they check the item it names; without one (screens asking which buttons to
 * show) they check the item the screen would act on: the current proposal, solution, protocol.
 */
import type { Actor } from './actors.js';
import { toEpochMs } from './calendar.js';
import type { Command } from './commands.js';
import {
  acceptableTarget,
  currentPhase,
  findProposal,
  latestPartyProposal,
  latestProposalBy,
  modifiableTarget,
  pendingSolution,
} from './proposal-lookup.js';
import { currentVersion, type Proposal } from './proposals.js';
import { mediationEligibility } from './queries.js';
import type { DenialReason } from './reasons.js';
import { partySideOf, sideOf } from './relations.js';
import type { CaseState } from './state.js';
import { postableThreads, threadDenial } from './threads.js';
import type { GuardName } from './transitions.js';

export interface GuardContext {
  readonly state: CaseState;
  readonly actor: Actor;
  readonly now: number;
  readonly command: Command | undefined;
}

type Guard = (context: GuardContext) => DenialReason | null;

const reached = (due: string | null, now: number): boolean => due !== null && now >= toEpochMs(due);

/** The proposal named by the command, or the one the screen shows. */
function target(
  { state, command }: GuardContext,
  fallback: () => Proposal | undefined,
): Proposal | undefined {
  if (command !== undefined && 'proposalId' in command)
    return findProposal(state, command.proposalId);
  return fallback();
}

function versionOf(command: Command | undefined): number | undefined {
  if (command === undefined) return undefined;
  if ('version' in command) return command.version;
  if (command.type === 'modify_proposal') return command.baseVersion;
  return undefined;
}

const ownOpenProposal: Guard = (context) => {
  const side = sideOf(context.state, context.actor);
  if (side === null) return 'not_case_participant';
  const proposal = target(context, () => modifiableTarget(context.state, side));
  if (proposal === undefined) return 'proposal_not_found';
  if (proposal.author !== side) return 'not_proposal_author';
  if (proposal.status !== 'open') return 'proposal_already_answered';
  const version = versionOf(context.command);
  return version === undefined || version === currentVersion(proposal) ? null : 'version_mismatch';
};

/** QC-17: in qc mediation parties accept the mediator's proposal; otherwise the other side's. */
function acceptableInThisPhase(state: CaseState, proposal: Proposal): boolean {
  if (proposal.kind !== 'offer' || proposal.phase !== currentPhase(state)) return false;
  const mediatorProposes = state.programme === 'qc' && state.status === 'mediation';
  return mediatorProposes === (proposal.author === 'mediator');
}

const acceptableProposal: Guard = (context) => {
  const side = partySideOf(context.state, context.actor);
  if (side === null) return 'not_case_participant';
  const proposal = target(context, () => acceptableTarget(context.state));
  if (proposal === undefined) return 'proposal_not_found';
  if (proposal.author === side) return 'cannot_accept_own_proposal';
  if (!acceptableInThisPhase(context.state, proposal)) return 'proposal_not_open';
  if (proposal.status !== 'open') return 'proposal_already_answered';
  const version = versionOf(context.command) ?? currentVersion(proposal);
  if (version !== currentVersion(proposal)) return 'version_mismatch';
  const answered = proposal.acceptances.some((a) => a.side === side && a.version === version);
  return answered ? 'already_answered' : null;
};

const pendingSolutionGuard: Guard = (context) => {
  const side = partySideOf(context.state, context.actor);
  if (side === null) return 'not_case_participant';
  const solution = target(context, () => pendingSolution(context.state));
  if (solution === undefined || solution.kind !== 'solution') return 'proposal_not_found';
  if (solution.status !== 'open') return 'proposal_not_open';
  const version = versionOf(context.command) ?? currentVersion(solution);
  if (version !== currentVersion(solution)) return 'version_mismatch';
  const answers = [...solution.acceptances, ...solution.refusals];
  return answers.some((a) => a.side === side && a.version === version) ? 'already_answered' : null;
};

const partyTurn: Guard = ({ state, actor }) => {
  const latest = latestPartyProposal(state);
  const side = partySideOf(state, actor);
  return latest?.status === 'open' && latest.author === side ? 'awaiting_other_side' : null;
};

const protocolToSign: Guard = ({ state, actor, command }) => {
  const protocol = state.protocol;
  if (protocol === null) return 'protocol_not_submitted';
  if (command?.type === 'sign_protocol' && command.protocolVersion !== protocol.version) {
    return 'version_mismatch';
  }
  const side = partySideOf(state, actor);
  return protocol.signatures.some((s) => s.side === side) ? 'already_signed' : null;
};

const otherMediator: Guard = ({ state, command }) => {
  if (command?.type !== 'assign_mediator') return null;
  const candidate = command.mediatorUserId;
  if (candidate === state.mediator?.userId) return 'already_assigned';
  const participants = [
    state.consumer.userId,
    state.consumerRepresentative?.userId,
    state.merchantRepresentative?.userId,
  ];
  return participants.includes(candidate) ? 'mediator_is_party' : null;
};

function representativeMatches(context: GuardContext): boolean {
  const representative = context.state.consumerRepresentative;
  const command = context.command;
  if (representative === null) return false;
  return command === undefined || !('representativeId' in command)
    ? true
    : command.representativeId === representative.representativeId;
}

export const GUARD_CHECKS: { readonly [G in GuardName]: Guard } = {
  draft_not_expired: ({ state, now }) =>
    reached(state.due.draftExpiresAt, now) ? 'deadline_passed' : null,
  draft_expiry_reached: ({ state, now }) =>
    reached(state.due.draftExpiresAt, now) ? null : 'deadline_not_reached',
  answer_period_over: ({ state, now }) =>
    reached(state.due.professionalAnswerDueAt, now) ? null : 'deadline_not_reached',
  no_representative: ({ state }) =>
    state.consumerRepresentative === null ? null : 'representative_already_present',
  pending_invitation: (context) =>
    context.state.consumerRepresentative?.status === 'invited' && representativeMatches(context)
      ? null
      : 'no_pending_representative',
  has_representative: (context) =>
    representativeMatches(context) ? null : 'representative_not_found',
  not_already_in_charge: ({ state, actor }) =>
    state.merchantRepresentative?.userId === actor.userId ? 'already_in_charge' : null,
  before_take_charge: ({ state }) =>
    state.merchantRepresentative === null ? null : 'already_taken_charge',
  party_turn: partyTurn,
  no_mediator_proposal: ({ state }) =>
    latestProposalBy(state, 'mediator') === undefined ? null : 'proposal_already_exists',
  own_open_proposal: ownOpenProposal,
  acceptable_proposal: acceptableProposal,
  mediation_eligible: ({ state, now }) =>
    mediationEligibility(state, now).eligible ? null : 'mediation_not_yet_eligible',
  other_mediator: otherMediator,
  pending_solution: pendingSolutionGuard,
  protocol_to_sign: protocolToSign,
  thread_open: ({ state, actor, command, now }) => {
    if (command?.type === 'post_message') return threadDenial(state, actor, command.thread, now);
    return postableThreads(state, actor, now).length > 0 ? null : 'thread_not_open';
  },
};
