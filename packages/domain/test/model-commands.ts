/**
 * Builds a command for a random step of the model-based tests: `right` data aims at what the
 * screen shows (current proposal, current version…); `wrong` data is stale or malformed, to
 * exercise the refusals.
 */
import {
  ADMISSIBILITY_GROUNDS,
  DRAFT_STEPS,
  WITHDRAWAL_REASONS,
  acceptableTarget,
  addDaysToLocalDate,
  lastDayOfPeriod,
  modifiableTarget,
  pendingSolution,
  postableThreads,
  sideOf,
  type ActionName,
  type Actor,
  type CaseState,
  type Command,
  type Proposal,
  type ProposalContent,
} from '../src/index.js';
import { MEDIATOR_SPLIT, REFUND, REPAIR, openCommand } from './fixtures.js';

const CONTENTS: readonly ProposalContent[] = [REFUND, REPAIR, MEDIATOR_SPLIT];
const INVALID: ProposalContent = { solutions: [], terms: '' };

const pick = <T>(items: readonly T[], seed: number): T => {
  const item = items[Math.abs(seed) % items.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

function ref(proposal: Proposal | undefined, wrong: boolean) {
  const version = proposal?.versions.length ?? 1;
  return {
    proposalId:
      proposal === undefined || (wrong && version === 1) ? 'unknown' : proposal.proposalId,
    version: wrong ? version - 1 : version,
  };
}

export function buildCommand(
  action: ActionName,
  state: CaseState,
  actor: Actor,
  seed: number,
  wrong: boolean,
  nextId: () => string,
): Command {
  const content = wrong ? INVALID : pick(CONTENTS, seed);
  const text = wrong ? ' ' : 'Texte';
  switch (action) {
    case 'open_case':
      return openCommand(state.programme);
    case 'save_draft_step':
      return { type: action, step: pick(DRAFT_STEPS, seed) };
    case 'submit_case':
      return { type: action, proposalId: nextId(), proposal: content };
    case 'make_proposal':
      return {
        type: action,
        proposalId: wrong ? (state.proposals[0]?.proposalId ?? 'x') : nextId(),
        content,
      };
    case 'propose_solution':
      return {
        type: action,
        proposalId: nextId(),
        content,
        ...(seed % 2 === 0 ? { answerDays: 1 + (seed % 20) } : {}),
      };
    case 'modify_proposal': {
      const side = sideOf(state, actor);
      const target = ref(side === null ? undefined : modifiableTarget(state, side), wrong);
      return {
        type: action,
        proposalId: target.proposalId,
        baseVersion: target.version,
        content: pick(CONTENTS, seed),
      };
    }
    case 'accept_proposal':
      return { type: action, ...ref(acceptableTarget(state), wrong) };
    case 'accept_solution':
    case 'refuse_solution':
      return { type: action, ...ref(pendingSolution(state), wrong) };
    case 'refuse_negotiation':
    case 'professional_refuse':
      return { type: action, reason: text };
    case 'close_case':
      return { type: action, reason: pick(WITHDRAWAL_REASONS, seed), justification: text };
    case 'close_without_agreement':
      return { type: action, justification: 'Impasse', problemSummary: text };
    case 'assign_mediator':
      if (wrong)
        return {
          type: action,
          mediatorUserId: pick(['u-consumer', state.mediator?.userId ?? ''], seed),
        };
      return {
        type: action,
        mediatorUserId: state.mediator?.userId === 'u-med' ? 'u-med2' : 'u-med',
      };
    case 'add_representative':
      return {
        type: action,
        representativeId: nextId(),
        firstName: 'Rita',
        lastName: 'Tremblay',
        relationship: 'fille',
        email: 'rita@example.org',
        consent: !wrong,
      };
    case 'activate_representative':
    case 'remove_representative':
      return {
        type: action,
        representativeId: wrong
          ? 'nobody'
          : (state.consumerRepresentative?.representativeId ?? 'r'),
      };
    case 'add_document':
      return { type: action, documentId: nextId() };
    case 'post_message': {
      const threads = postableThreads(state, actor);
      const thread =
        threads.length > 0 && !wrong ? pick(threads, seed) : { kind: 'parties' as const };
      return { type: action, messageId: nextId(), thread };
    }
    case 'declare_inadmissible':
      return { type: action, ground: pick(ADMISSIBILITY_GROUNDS, seed) };
    case 'extend_mediation': {
      const end = state.due.mediationEndsAt ?? '2024-01-01T00:00:00Z';
      const lastDay = lastDayOfPeriod(end, state.settings.timeZone);
      const shift = wrong ? -(seed % 5) : 1 + (seed % 40);
      return { type: action, reason: 'Expertise', newEndDate: addDaysToLocalDate(lastDay, shift) };
    }
    case 'submit_protocol':
      return { type: action, documentId: nextId(), documentHash: `sha256:${seed}` };
    case 'sign_protocol':
      return { type: action, protocolVersion: (state.protocol?.version ?? 1) - (wrong ? 1 : 0) };
    case 'expire_draft':
    case 'take_charge':
    case 'request_mediation':
    case 'professional_accept':
    case 'record_professional_silence':
    case 'request_centre_intervention':
    case 'record_centre_intervention':
    case 'take_attestation':
    case 'declare_admissible':
      return { type: action };
  }
}
