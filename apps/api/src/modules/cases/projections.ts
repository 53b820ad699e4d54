/**
 * Tables derived from the journal, written in the command's transaction: members (access and
 * "my cases"), proposals with their immutable versions, and the parties' answers. Insert-only
 * facts come from the events; proposal statuses are copied from the new state, which already
 * folded every rule (countered, superseded, accepted…).
 */
import type { CaseEvent, CaseState, EventOf } from '@entente/domain';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import {
  caseMembers,
  proposalAcceptances,
  proposals,
  proposalVersions,
  type CaseRelation,
} from '../../db/schema/index.js';

async function activate(tx: Tx, caseId: string, userId: string, relation: CaseRelation, at: Date) {
  await tx
    .insert(caseMembers)
    .values({ caseId, userId, relation, active: true, since: at })
    .onConflictDoUpdate({
      target: [caseMembers.caseId, caseMembers.userId, caseMembers.relation],
      set: { active: true, since: at },
    });
}

async function deactivate(tx: Tx, caseId: string, userId: string, relation: CaseRelation) {
  await tx
    .update(caseMembers)
    .set({ active: false })
    .where(
      and(
        eq(caseMembers.caseId, caseId),
        eq(caseMembers.userId, userId),
        eq(caseMembers.relation, relation),
      ),
    );
}

/** The business's people join a case through the business registry (a later issue) or this. */
export async function addBusinessMember(
  tx: Tx,
  caseId: string,
  userId: string,
  relation: 'merchant_respondent' | 'merchant_representative',
  at: Date,
): Promise<void> {
  await activate(tx, caseId, userId, relation, at);
}

async function projectMembers(tx: Tx, event: CaseEvent): Promise<void> {
  const at = new Date(event.at);
  switch (event.type) {
    case 'case_opened':
      return activate(tx, event.caseId, event.payload.consumer.userId, 'consumer', at);
    case 'mediator_assigned':
      if (event.payload.replaced !== null) {
        await deactivate(tx, event.caseId, event.payload.replaced, 'mediator');
      }
      return activate(tx, event.caseId, event.payload.mediator.userId, 'mediator', at);
    case 'representative_activated':
      return activate(tx, event.caseId, event.payload.userId, 'consumer_representative', at);
    case 'representative_removed':
      if (event.payload.userId === null) return;
      return deactivate(tx, event.caseId, event.payload.userId, 'consumer_representative');
    default:
      return;
  }
}

type NewProposal = EventOf<'proposal_made' | 'solution_proposed'>;

async function insertProposal(tx: Tx, event: NewProposal): Promise<void> {
  const at = new Date(event.at);
  const p = event.payload;
  const solution = event.type === 'solution_proposed' ? event.payload : null;
  await tx.insert(proposals).values({
    id: p.proposalId,
    caseId: event.caseId,
    kind: solution ? 'solution' : 'offer',
    author: event.type === 'proposal_made' ? event.payload.author : 'mediator',
    phase: event.type === 'proposal_made' ? event.payload.phase : 'mediation',
    currency: p.currency,
    status: 'open',
    currentVersion: 1,
    counters: event.type === 'proposal_made' ? event.payload.counters : null,
    answerDueAt: solution ? new Date(solution.answerDueAt) : null,
    createdAt: at,
  });
  await insertVersion(tx, event, p.proposalId, 1, p.content);
}

async function insertVersion(
  tx: Tx,
  event: CaseEvent,
  proposalId: string,
  version: number,
  content: NewProposal['payload']['content'],
): Promise<void> {
  await tx.insert(proposalVersions).values({
    proposalId,
    version,
    content,
    authorUserId: event.actor.userId,
    authorRole: event.actor.role,
    createdAt: new Date(event.at),
  });
}

async function projectProposals(tx: Tx, event: CaseEvent): Promise<void> {
  const at = new Date(event.at);
  switch (event.type) {
    case 'proposal_made':
    case 'solution_proposed':
      return insertProposal(tx, event);
    case 'proposal_modified':
    case 'solution_modified': {
      const { proposalId, version, content } = event.payload;
      await insertVersion(tx, event, proposalId, version, content);
      const answerDueAt = event.type === 'solution_modified' ? event.payload.answerDueAt : null;
      await tx
        .update(proposals)
        .set({
          currentVersion: version,
          ...(answerDueAt === null ? {} : { answerDueAt: new Date(answerDueAt) }),
        })
        .where(eq(proposals.id, proposalId));
      return;
    }
    case 'proposal_accepted':
    case 'solution_accepted':
    case 'solution_refused': {
      const { proposalId, version, side } = event.payload;
      const decision = event.type === 'solution_refused' ? 'refused' : 'accepted';
      await tx.insert(proposalAcceptances).values({
        proposalId,
        version,
        side,
        decision,
        userId: event.actor.userId,
        answeredAt: at,
      });
      return;
    }
    case 'acceptances_voided': {
      const { proposalId, version, sides } = event.payload;
      await tx
        .update(proposalAcceptances)
        .set({ voidedAt: at })
        .where(
          and(
            eq(proposalAcceptances.proposalId, proposalId),
            eq(proposalAcceptances.version, version),
            inArray(proposalAcceptances.side, [...sides]),
            isNull(proposalAcceptances.voidedAt),
          ),
        );
      return;
    }
    default:
      return;
  }
}

async function syncProposalStatuses(tx: Tx, before: CaseState | null, after: CaseState) {
  for (const proposal of after.proposals) {
    const previous = before?.proposals.find((p) => p.proposalId === proposal.proposalId);
    if ((previous?.status ?? 'open') === proposal.status) continue;
    await tx
      .update(proposals)
      .set({ status: proposal.status })
      .where(eq(proposals.id, proposal.proposalId));
  }
}

/** Writes every projection of one command's events; the case row itself is written by the caller. */
export async function projectEvents(
  tx: Tx,
  before: CaseState | null,
  after: CaseState,
  events: readonly CaseEvent[],
): Promise<void> {
  for (const event of events) {
    await projectMembers(tx, event);
    await projectProposals(tx, event);
  }
  await syncProposalStatuses(tx, before, after);
}
