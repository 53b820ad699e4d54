/**
 * Events of the proposal table: proposals, counter-proposals, modifications, acceptances
 * (QC-12, QC-13, QC-17, FR-10), mediator solutions (FR-11) and the protocol (FR-12). Every
 * guard already passed in `can`; these functions only say what happened.
 */
import { endOfPeriod, toEpochMs } from './calendar.js';
import type { CommandOf } from './commands.js';
import type { CaseEvent } from './events.js';
import { currentPhase, findProposal, latestPartyProposal } from './proposal-lookup.js';
import { currentVersion, PARTY_SIDES, type PartySide, type Proposal } from './proposals.js';
import { partySideOf, sideOf } from './relations.js';
import { closeCase, emit, frSettings, type BuildContext } from './build-context.js';

function mustFind(context: BuildContext, proposalId: string): Proposal {
  const proposal = findProposal(context.state, proposalId);
  if (proposal === undefined)
    throw new Error(`Guard let an unknown proposal through: ${proposalId}`);
  return proposal;
}

function mustSide(context: BuildContext): PartySide {
  const side = partySideOf(context.state, context.actor);
  if (side === null) throw new Error('Guard let a non-party answer a proposal');
  return side;
}

export function makeProposal(
  context: BuildContext,
  command: CommandOf<'make_proposal'>,
): CaseEvent[] {
  const author = sideOf(context.state, context.actor);
  if (author === null) throw new Error('Guard let a non-participant propose');
  const latest = latestPartyProposal(context.state);
  const counters =
    author !== 'mediator' && latest?.status === 'open' && latest.author !== author
      ? latest.proposalId
      : null;
  return [
    emit(context, 'proposal_made', {
      proposalId: command.proposalId,
      author,
      phase: currentPhase(context.state),
      currency: context.state.settings.currency,
      content: command.content,
      counters,
    }),
  ];
}

/** The answer period of a solution never moves earlier, even when a modification restarts it. */
function solutionAnswerDueAt(
  context: BuildContext,
  days: number | undefined,
  previous: string | null,
): string {
  const settings = frSettings(context.state);
  const period = days ?? settings.solutionAnswerDays;
  const fresh = endOfPeriod(context.at, period, settings.timeZone);
  return previous !== null && toEpochMs(previous) > toEpochMs(fresh) ? previous : fresh;
}

/** QC-17: modifying voids the acceptances of the earlier version; a new version is appended. */
export function modifyProposal(
  context: BuildContext,
  command: CommandOf<'modify_proposal'>,
): CaseEvent[] {
  const proposal = mustFind(context, command.proposalId);
  const version = currentVersion(proposal);
  const events: CaseEvent[] = [];
  const sides = proposal.acceptances.filter((a) => a.version === version).map((a) => a.side);
  if (sides.length > 0) {
    events.push(
      emit(context, 'acceptances_voided', { proposalId: proposal.proposalId, version, sides }),
    );
  }
  const next = { proposalId: proposal.proposalId, version: version + 1, content: command.content };
  if (proposal.kind === 'solution') {
    const answerDueAt = solutionAnswerDueAt(context, undefined, proposal.answerDueAt);
    events.push(emit(context, 'solution_modified', { ...next, answerDueAt }));
  } else {
    events.push(emit(context, 'proposal_modified', next));
  }
  return events;
}

function allAccepted(proposal: Proposal, version: number, side: PartySide): boolean {
  return PARTY_SIDES.every(
    (s) =>
      s === side ||
      s === proposal.author ||
      proposal.acceptances.some((a) => a.side === s && a.version === version),
  );
}

export function acceptProposal(
  context: BuildContext,
  command: CommandOf<'accept_proposal'>,
): CaseEvent[] {
  const proposal = mustFind(context, command.proposalId);
  const side = mustSide(context);
  const ref = { proposalId: proposal.proposalId, version: command.version };
  const events: CaseEvent[] = [emit(context, 'proposal_accepted', { ...ref, side })];
  if (!allAccepted(proposal, command.version, side)) return events; // QC-17: wait for the other party
  if (context.state.programme === 'fr') {
    // FR-12: agreement in principle; the mediator now drafts the protocol the parties sign.
    events.push(emit(context, 'parties_agreed', ref));
    return events;
  }
  const phase = currentPhase(context.state);
  events.push(emit(context, 'agreement_reached', { ...ref, phase, protocolVersion: null }));
  events.push(closeCase(context, 'agreement', 'agreement'));
  return events;
}

export function proposeSolution(
  context: BuildContext,
  command: CommandOf<'propose_solution'>,
): CaseEvent[] {
  return [
    emit(context, 'solution_proposed', {
      proposalId: command.proposalId,
      currency: context.state.settings.currency,
      content: command.content,
      answerDueAt: solutionAnswerDueAt(context, command.answerDays, null),
    }),
  ];
}

export function answerSolution(
  context: BuildContext,
  command: CommandOf<'accept_solution'> | CommandOf<'refuse_solution'>,
): CaseEvent[] {
  const solution = mustFind(context, command.proposalId);
  const side = mustSide(context);
  const ref = { proposalId: solution.proposalId, version: command.version };
  if (command.type === 'refuse_solution')
    return [emit(context, 'solution_refused', { ...ref, side })];
  const events: CaseEvent[] = [emit(context, 'solution_accepted', { ...ref, side })];
  if (allAccepted(solution, command.version, side))
    events.push(emit(context, 'parties_agreed', ref));
  return events;
}

export function submitProtocol(
  context: BuildContext,
  command: CommandOf<'submit_protocol'>,
): CaseEvent[] {
  const version = (context.state.protocol?.version ?? 0) + 1;
  const { documentId, documentHash } = command;
  return [emit(context, 'protocol_submitted', { version, documentId, documentHash })];
}

/** FR-12: signed by every party → agreement, and the case closes. */
export function signProtocol(
  context: BuildContext,
  command: CommandOf<'sign_protocol'>,
): CaseEvent[] {
  const side = mustSide(context);
  const { protocol, agreedBasis } = context.state;
  if (protocol === null || agreedBasis === null) throw new Error('Guard let a signature through');
  const events: CaseEvent[] = [
    emit(context, 'protocol_signed', { version: command.protocolVersion, side }),
  ];
  const signed = PARTY_SIDES.every(
    (s) => s === side || protocol.signatures.some((x) => x.side === s),
  );
  if (!signed) return events;
  events.push(
    emit(context, 'agreement_reached', {
      ...agreedBasis,
      phase: 'mediation',
      protocolVersion: protocol.version,
    }),
  );
  events.push(closeCase(context, 'agreement', 'agreement'));
  return events;
}
