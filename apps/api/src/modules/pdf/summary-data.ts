/**
 * DOC-3: what the case summary of one reader holds — the parties, the problem description (the
 * draft's), every proposal with its versions and answers (voided acceptances included), and the
 * messages of the threads the reader takes part in. Thread membership is the engine's rule
 * (`threadDenial`, packages/domain/src/threads.ts): a mediator is never on the parties' private
 * thread (QC-16), a party never on the other party's thread with the mediator (SEC-14).
 */
import {
  threadDenial,
  type Actor,
  type CaseState,
  type PartySide,
  type Proposal,
  type ThreadRef,
} from '@entente/domain';
import type { ProblemDescriptionDraft } from '@entente/contracts';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  caseDrafts,
  messageThreads,
  messages,
  proposalAcceptances,
  users,
  type ThreadKind,
} from '../../db/schema/index.js';
import type { OfficeSettings } from '../settings/office-settings.js';
import { casePartiesAndOffice, type CaseParties } from './case-parties.js';
import { fullName } from './pdf-format.js';

export interface SummaryAnswer {
  readonly side: PartySide;
  readonly version: number;
  readonly decision: 'accepted' | 'refused';
  readonly at: string;
  readonly voided: boolean;
}

export interface SummaryMessage {
  readonly author: string;
  readonly at: string;
  readonly body: string;
}

export interface SummaryThread {
  readonly kind: ThreadKind;
  readonly messages: readonly SummaryMessage[];
}

export interface SummaryData {
  readonly state: CaseState;
  readonly parties: CaseParties;
  /** The office's settings, read with the parties (the heading's names). */
  readonly office: OfficeSettings;
  readonly description: ProblemDescriptionDraft;
  readonly proposals: readonly { proposal: Proposal; answers: readonly SummaryAnswer[] }[];
  readonly threads: readonly SummaryThread[];
}

const THREAD_REFS: Readonly<Record<ThreadKind, ThreadRef>> = {
  parties: { kind: 'parties' },
  mediation: { kind: 'mediation_discussion' },
  mediator_consumer: { kind: 'with_mediator', side: 'consumer' },
  mediator_business: { kind: 'with_mediator', side: 'merchant' },
};

/** Whether one of the reader's capacities takes part in the thread (open or read-only). */
export function readsThread(state: CaseState, actors: readonly Actor[], kind: ThreadKind): boolean {
  return actors.some(
    (actor) => threadDenial(state, actor, THREAD_REFS[kind]) !== 'not_thread_participant',
  );
}

async function answersOf(db: Executor, state: CaseState) {
  const ids = state.proposals.map((p) => p.proposalId);
  const rows =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(proposalAcceptances)
          .where(inArray(proposalAcceptances.proposalId, ids))
          .orderBy(asc(proposalAcceptances.answeredAt));
  return state.proposals.map((proposal) => ({
    proposal,
    answers: rows
      .filter((row) => row.proposalId === proposal.proposalId)
      .map((row) => ({
        side: row.side,
        version: row.version,
        decision: row.decision,
        at: row.answeredAt.toISOString(),
        voided: row.voidedAt !== null,
      })),
  }));
}

async function visibleThreads(
  db: Executor,
  state: CaseState,
  actors: readonly Actor[],
): Promise<SummaryThread[]> {
  const threads = (
    await db
      .select()
      .from(messageThreads)
      .where(eq(messageThreads.caseId, state.caseId))
      .orderBy(asc(messageThreads.createdAt))
  ).filter((thread) => readsThread(state, actors, thread.kind));
  if (threads.length === 0) return [];
  const rows = await db
    .select({
      threadId: messages.threadId,
      body: messages.body,
      createdAt: messages.createdAt,
      given: users.givenName,
      family: users.familyName,
    })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorUserId))
    .where(
      inArray(
        messages.threadId,
        threads.map((t) => t.id),
      ),
    )
    .orderBy(asc(messages.id));
  return threads.map((thread) => ({
    kind: thread.kind,
    messages: rows
      .filter((row) => row.threadId === thread.id)
      .map((row) => ({
        author: fullName(row.given, row.family) ?? '—',
        at: row.createdAt.toISOString(),
        body: row.body,
      })),
  }));
}

export async function summaryData(
  db: Executor,
  state: CaseState,
  actors: readonly Actor[],
): Promise<SummaryData> {
  const [draft] = await db
    .select({ description: caseDrafts.description })
    .from(caseDrafts)
    .where(eq(caseDrafts.caseId, state.caseId));
  const { parties, office } = await casePartiesAndOffice(db, state);
  return {
    state,
    parties,
    office,
    description: draft?.description ?? {},
    proposals: await answersOf(db, state),
    threads: await visibleThreads(db, state, actors),
  };
}
