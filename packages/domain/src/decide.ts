/**
 * The reducer's decision half: `decide(state, command, actor, now)` either refuses with a
 * machine reason or returns the events that happened. It never mutates anything; `apply`
 * (evolve.ts) folds the events into the next state.
 */
import { toEventActor, type Actor } from './actors.js';
import { toIsoInstant, type Instant } from './calendar.js';
import type { Command } from './commands.js';
import type { CaseEvent } from './events.js';
import { apply } from './evolve.js';
import { can } from './policy.js';
import type { DenialReason } from './reasons.js';
import type { CaseState } from './state.js';
import { transitionsFor } from './transitions.js';
import { emit, closeCase, type BuildContext } from './build-context.js';
import {
  acceptProposal,
  answerSolution,
  makeProposal,
  modifyProposal,
  proposeSolution,
  signProtocol,
  submitProtocol,
} from './build-proposals.js';
import {
  assignMediator,
  centreIntervened,
  declareAdmissibility,
  extendMediation,
  openCase,
  partyCloses,
  professionalAccept,
  refusalAttestation,
  requestMediation,
  takeCharge,
} from './build-lifecycle.js';

export type Decision =
  | { readonly ok: true; readonly events: readonly CaseEvent[] }
  | { readonly ok: false; readonly reason: DenialReason };

function build(
  context: BuildContext,
  command: Exclude<Command, { type: 'open_case' }>,
): CaseEvent[] {
  const { state } = context;
  switch (command.type) {
    case 'save_draft_step':
      return [emit(context, 'draft_step_saved', { step: command.step })];
    case 'submit_case':
      return [
        emit(context, 'case_submitted', {}),
        ...makeProposal(context, {
          type: 'make_proposal',
          proposalId: command.proposalId,
          content: command.proposal,
        }),
      ];
    case 'expire_draft':
      return [emit(context, 'draft_expired', {}), closeCase(context, 'expired', 'draft_expired')];
    case 'take_charge':
      return takeCharge(context);
    case 'refuse_negotiation':
      return [
        emit(context, 'negotiation_refused', { reason: command.reason }),
        closeCase(context, 'refused', 'negotiation_refused', { justification: command.reason }),
      ];
    case 'make_proposal':
      return makeProposal(context, command);
    case 'modify_proposal':
      return modifyProposal(context, command);
    case 'accept_proposal':
      return acceptProposal(context, command);
    case 'request_mediation':
      return requestMediation(context);
    case 'assign_mediator':
      return assignMediator(context, command);
    case 'close_case':
      return partyCloses(context, command);
    case 'close_without_agreement':
      return [
        closeCase(context, 'mediation_failed', 'mediation_failed', {
          justification: command.justification,
          problemSummary: command.problemSummary.trim() === '' ? null : command.problemSummary,
        }),
      ];
    case 'add_representative': {
      const { representativeId, firstName, lastName, relationship, email } = command;
      const invitation = { representativeId, firstName, lastName, relationship, email };
      return [emit(context, 'representative_added', invitation)];
    }
    case 'activate_representative':
      return [
        emit(context, 'representative_activated', {
          representativeId: command.representativeId,
          userId: context.actor.userId,
        }),
      ];
    case 'remove_representative':
      return [
        emit(context, 'representative_removed', {
          representativeId: command.representativeId,
          userId: state.consumerRepresentative?.userId ?? null,
        }),
      ];
    case 'add_document':
      return [emit(context, 'document_added', { documentId: command.documentId })];
    case 'post_message':
      return [
        emit(context, 'message_posted', { messageId: command.messageId, thread: command.thread }),
      ];
    case 'professional_accept':
      return professionalAccept(context);
    case 'professional_refuse':
      return [emit(context, 'professional_refused', { reason: command.reason })];
    case 'record_professional_silence':
      return [emit(context, 'professional_silent', {})];
    case 'request_centre_intervention':
      return [emit(context, 'centre_intervention_requested', {})];
    case 'record_centre_intervention':
      return centreIntervened(context);
    case 'take_attestation':
      return refusalAttestation(context);
    case 'declare_admissible':
    case 'declare_inadmissible':
      return declareAdmissibility(context, command);
    case 'extend_mediation':
      return extendMediation(context, command);
    case 'propose_solution':
      return proposeSolution(context, command);
    case 'accept_solution':
    case 'refuse_solution':
      return answerSolution(context, command);
    case 'submit_protocol':
      return submitProtocol(context, command);
    case 'sign_protocol':
      return signProtocol(context, command);
  }
}

/**
 * Decides what a command does to a case. `state` is null before the case exists (only
 * `open_case`). The resulting status is checked against the transition table, so the table
 * that documents the lifecycle is the one the engine obeys.
 */
export function decide(
  state: CaseState | null,
  command: Command,
  actor: Actor,
  now: Instant,
): Decision {
  const permission = can(state, actor, command, now);
  if (!permission.allowed) return { ok: false, reason: permission.reason };
  const at = toIsoInstant(now);
  const by = toEventActor(actor);
  if (command.type === 'open_case') return { ok: true, events: [openCase(command, by, at)] };
  if (state === null) return { ok: false, reason: 'case_not_found' };
  const events = build({ state, actor, by, at }, command);
  assertDestination(state, command, events);
  return { ok: true, events };
}

function assertDestination(state: CaseState, command: Command, events: readonly CaseEvent[]): void {
  const next = events.reduce<CaseState>((current, event) => apply(current, event), state);
  const allowed = transitionsFor(state.programme, state.status, command.type).some((row) =>
    row.to.includes(next.status),
  );
  if (!allowed) {
    throw new Error(`Transition table drift: ${state.status} --${command.type}--> ${next.status}`);
  }
}
