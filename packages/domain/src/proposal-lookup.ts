/**
 * Which proposal an action concerns when the caller did not name one (screens asking "may I
 * accept?") and small read helpers shared by guards, decide and queries.
 */
import type { Proposal, ProposalAuthor, ProposalPhase } from './proposals.js';
import type { CaseState } from './state.js';

export function findProposal(state: CaseState, proposalId: string): Proposal | undefined {
  return state.proposals.find((proposal) => proposal.proposalId === proposalId);
}

/** Negotiation proposals live in qc negotiation; everything later is mediation. */
export function currentPhase(state: CaseState): ProposalPhase {
  return state.status === 'negotiation' || state.status === 'draft' ? 'negotiation' : 'mediation';
}

function last<T>(items: readonly T[], predicate: (item: T) => boolean): T | undefined {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index];
    if (item !== undefined && predicate(item)) return item;
  }
  return undefined;
}

/** The latest parties' proposal of a phase: the one whose turn it is to answer (QC-12). */
export function latestPartyProposal(
  state: CaseState,
  phase: ProposalPhase = currentPhase(state),
): Proposal | undefined {
  return last(
    state.proposals,
    (p) => p.kind === 'offer' && p.author !== 'mediator' && p.phase === phase,
  );
}

/** The latest proposal written by an author (the qc mediator has a single one, QC-17). */
export function latestProposalBy(state: CaseState, author: ProposalAuthor): Proposal | undefined {
  return last(state.proposals, (p) => p.author === author && p.phase === currentPhase(state));
}

/** The fr mediator's solution waiting for the parties' answers (FR-11). */
export function pendingSolution(state: CaseState): Proposal | undefined {
  return last(state.proposals, (p) => p.kind === 'solution' && p.status === 'open');
}

/** The proposal parties may accept in the current status, if any. */
export function acceptableTarget(state: CaseState): Proposal | undefined {
  if (state.programme === 'qc' && state.status === 'mediation') {
    return latestProposalBy(state, 'mediator');
  }
  return latestPartyProposal(state);
}

/** The proposal an author would modify in the current status, if any. */
export function modifiableTarget(state: CaseState, author: ProposalAuthor): Proposal | undefined {
  if (author === 'mediator') return latestProposalBy(state, 'mediator');
  return latestPartyProposal(state);
}
