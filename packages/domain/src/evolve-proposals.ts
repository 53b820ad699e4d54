/**
 * Evolve rules of the proposal table: versions are appended, never rewritten; acceptances are
 * kept for the current version only (a modification voids them, QC-17).
 */
import type { CaseEvent, EventOf } from './events.js';
import type { Answer, Proposal, ProposalVersion } from './proposals.js';
import type { CaseState } from './state.js';

export type ProposalEvent = EventOf<
  | 'proposal_made'
  | 'proposal_modified'
  | 'proposal_accepted'
  | 'acceptances_voided'
  | 'parties_agreed'
  | 'agreement_reached'
  | 'solution_proposed'
  | 'solution_modified'
  | 'solution_accepted'
  | 'solution_refused'
  | 'protocol_submitted'
  | 'protocol_signed'
>;

function update(
  state: CaseState,
  proposalId: string,
  change: (p: Proposal) => Proposal,
): CaseState {
  return {
    ...state,
    proposals: state.proposals.map((p) => (p.proposalId === proposalId ? change(p) : p)),
  };
}

function version(
  event: CaseEvent,
  versionNumber: number,
  content: ProposalVersion['content'],
): ProposalVersion {
  return { version: versionNumber, content, at: event.at, by: event.actor };
}

function answer(
  event: EventOf<'proposal_accepted' | 'solution_accepted' | 'solution_refused'>,
): Answer {
  return { side: event.payload.side, version: event.payload.version, at: event.at };
}

export function applyProposalEvent(state: CaseState, event: ProposalEvent): CaseState {
  switch (event.type) {
    case 'proposal_made': {
      const p = event.payload;
      const proposal: Proposal = {
        proposalId: p.proposalId,
        kind: 'offer',
        author: p.author,
        phase: p.phase,
        currency: p.currency,
        versions: [version(event, 1, p.content)],
        status: 'open',
        acceptances: [],
        refusals: [],
        answerDueAt: null,
      };
      // QC-12: a counter-proposal closes the proposal it answers.
      const countered = state.proposals.map((existing) =>
        existing.proposalId === p.counters
          ? { ...existing, status: 'countered' as const }
          : existing,
      );
      return { ...state, proposals: [...countered, proposal] };
    }
    case 'solution_proposed': {
      const p = event.payload;
      const solution: Proposal = {
        proposalId: p.proposalId,
        kind: 'solution',
        author: 'mediator',
        phase: 'mediation',
        currency: p.currency,
        versions: [version(event, 1, p.content)],
        status: 'open',
        acceptances: [],
        refusals: [],
        answerDueAt: p.answerDueAt,
      };
      return { ...state, status: 'solution_proposed', proposals: [...state.proposals, solution] };
    }
    case 'proposal_modified':
    case 'solution_modified': {
      const p = event.payload;
      const answerDueAt = event.type === 'solution_modified' ? event.payload.answerDueAt : null;
      return update(state, p.proposalId, (proposal) => ({
        ...proposal,
        versions: [...proposal.versions, version(event, p.version, p.content)],
        acceptances: [],
        answerDueAt: answerDueAt ?? proposal.answerDueAt,
      }));
    }
    case 'acceptances_voided':
      return update(state, event.payload.proposalId, (proposal) => ({
        ...proposal,
        acceptances: [],
      }));
    case 'proposal_accepted':
    case 'solution_accepted':
      return update(state, event.payload.proposalId, (proposal) => ({
        ...proposal,
        acceptances: [...proposal.acceptances, answer(event)],
      }));
    case 'solution_refused':
      return {
        ...update(state, event.payload.proposalId, (proposal) => ({
          ...proposal,
          status: 'refused',
          refusals: [...proposal.refusals, answer(event)],
        })),
        status: 'mediation',
      };
    case 'parties_agreed': {
      const { proposalId, version: agreedVersion } = event.payload;
      return {
        ...update(state, proposalId, (proposal) => ({ ...proposal, status: 'accepted' })),
        status: 'protocol_signing',
        agreedBasis: { proposalId, version: agreedVersion },
      };
    }
    case 'agreement_reached': {
      const p = event.payload;
      return {
        ...update(state, p.proposalId, (proposal) => ({ ...proposal, status: 'accepted' })),
        agreement: {
          proposalId: p.proposalId,
          version: p.version,
          phase: p.phase,
          reachedAt: event.at,
          protocolVersion: p.protocolVersion,
        },
      };
    }
    case 'protocol_submitted':
      return {
        ...state,
        protocol: { ...event.payload, submittedAt: event.at, signatures: [] },
      };
    case 'protocol_signed':
      return state.protocol === null
        ? state
        : {
            ...state,
            protocol: {
              ...state.protocol,
              signatures: [
                ...state.protocol.signatures,
                { side: event.payload.side, at: event.at },
              ],
            },
          };
  }
}
