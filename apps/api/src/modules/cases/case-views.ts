/**
 * The case summary as its reader may see it. Participants read everything the engine keeps;
 * staff read metadata only (STF-2): statuses, dates, who is on the case, deadlines — no
 * proposal, justification or problem summary.
 */
import {
  deadlinesFor,
  mediationProgress,
  negotiationTurn,
  sideOf,
  type CaseState,
  type Proposal,
} from '@entente/domain';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { CaseReader } from './case-queries.js';
import { caseRead, peopleAmong, stateId, type Person } from './case-reads.js';
import type { CaseSummaryView } from './view-schemas.js';

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

/** The summary's read: the names it shows (consumer, representative in charge, mediator). */
export const summaryRead = caseRead('case_summary', () => ({
  people: peopleAmong(
    sql`array[${stateId('{consumer,userId}')}, ${stateId('{merchantRepresentative,userId}')},
      ${stateId('{mediator,userId}')}]`,
  ),
}));

function proposalView(proposal: Proposal) {
  return {
    id: proposal.proposalId,
    kind: proposal.kind,
    author: proposal.author,
    phase: proposal.phase,
    currency: proposal.currency,
    status: proposal.status,
    answerDueAt: proposal.answerDueAt,
    versions: proposal.versions.map((v) => ({
      version: v.version,
      content: { solutions: [...v.content.solutions], terms: v.content.terms },
      at: v.at,
      by: { userId: v.by.userId, role: v.by.role },
    })),
    acceptances: proposal.acceptances.map((a) => ({ side: a.side, version: a.version, at: a.at })),
    refusals: proposal.refusals.map((a) => ({ side: a.side, version: a.version, at: a.at })),
  };
}

function closureView(state: CaseState, full: boolean): CaseSummaryView['closure'] {
  const closure = state.closure;
  if (closure === null) return null;
  return {
    outcome: closure.outcome,
    reason: closure.reason,
    phase: closure.phase,
    justification: full ? closure.justification : null,
    problemSummary: full ? closure.problemSummary : null,
    closedAt: closure.closedAt,
    messagingUntil: closure.messagingUntil,
  };
}

export function caseSummary(
  ctx: AppContext,
  reader: CaseReader,
  found: { people: Person[] },
): CaseSummaryView {
  const names = new Map(
    found.people.map(([id, given, family]) => [id, `${given} ${family}`.trim()]),
  );
  const { row, access } = reader;
  const state = row.state;
  const full = access === 'full';
  const now = ctx.clock.now();
  const merchant = state.merchantRepresentative;
  const person = (userId: string) => ({ userId, name: names.get(userId) ?? '' });
  const representative = state.consumerRepresentative;
  const progress = mediationProgress(state, now);
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    referenceNumber: row.referenceNumber,
    programme: row.programme,
    channel: state.channel,
    status: state.status,
    outcome: state.closure?.outcome ?? null,
    version: row.version,
    openedAt: state.openedAt,
    submittedAt: state.submittedAt,
    closedAt: state.closure?.closedAt ?? null,
    readableUntil: state.closure?.readableUntil ?? null,
    overdueSince: iso(row.overdueSince),
    access,
    myRoles: [...new Set(reader.actors.map((actor) => actor.role))],
    mySide: full ? sideOf(state, reader.actor) : null,
    consumer: person(state.consumer.userId),
    businessId: state.business.businessId,
    merchantRepresentative: merchant ? { ...person(merchant.userId), since: merchant.since } : null,
    mediator: state.mediator ? person(state.mediator.userId) : null,
    consumerRepresentative: representative
      ? {
          id: representative.representativeId,
          status: representative.status,
          firstName: representative.firstName,
          lastName: representative.lastName,
          relationship: representative.relationship,
        }
      : null,
    deadlines: deadlinesFor(state).map((d) => ({ kind: d.kind, dueAt: d.dueAt })),
    mediation: progress
      ? {
          day: progress.day,
          maxDays: progress.maxDays,
          remainingDays: progress.remainingDays,
          alert: progress.alert,
          overdue: progress.overdue,
          endsAt: progress.endsAt,
        }
      : null,
    negotiationTurn: full ? negotiationTurn(state) : null,
    proposals: full ? state.proposals.map(proposalView) : null,
    agreement:
      full && state.agreement
        ? {
            proposalId: state.agreement.proposalId,
            version: state.agreement.version,
            phase: state.agreement.phase,
            reachedAt: state.agreement.reachedAt,
            protocolVersion: state.agreement.protocolVersion,
          }
        : null,
    protocol:
      full && state.protocol
        ? {
            version: state.protocol.version,
            submittedAt: state.protocol.submittedAt,
            signatures: state.protocol.signatures.map((s) => ({ side: s.side, at: s.at })),
          }
        : null,
    closure: closureView(state, full),
  };
}
