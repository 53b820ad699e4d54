/**
 * Tables derived from the journal, written in the command's transaction: members (access and
 * "my cases"), proposals with their immutable versions, and the parties' answers. Insert-only
 * facts come from the events; proposal statuses are copied from the new state, which already
 * folded every rule (countered, superseded, accepted…).
 */
import type { CaseEvent, CaseState, EventOf } from '@entente/domain';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { encodeRows, keysOf, placeholderRows, StatementShapes } from '../../platform/built-once.js';
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
type ProposalRow = typeof proposals.$inferInsert;
type VersionRow = typeof proposalVersions.$inferInsert;

function versionRow(
  event: CaseEvent,
  proposalId: string,
  version: number,
  content: NewProposal['payload']['content'],
): VersionRow {
  return {
    proposalId,
    version,
    content,
    authorUserId: event.actor.userId,
    authorRole: event.actor.role,
    createdAt: new Date(event.at),
  };
}

/**
 * The proposal tables' writes of one command, in as few statements as they allow: new proposals
 * (with their first version) wait and leave with the status changes of the older ones in one
 * statement — new rows and other rows, so no row is written twice in it. Any other write first
 * flushes what waits, so the order of the events is kept.
 */
class ProposalWrites {
  readonly #proposals: ProposalRow[] = [];
  readonly #versions: VersionRow[] = [];
  /** Every proposal this command creates, flushed or not. */
  readonly created = new Set<string>();

  constructor(private readonly tx: Tx) {}

  add(event: NewProposal, status: ProposalRow['status']): void {
    const p = event.payload;
    const solution = event.type === 'solution_proposed' ? event.payload : null;
    this.#proposals.push({
      id: p.proposalId,
      caseId: event.caseId,
      kind: solution ? 'solution' : 'offer',
      author: event.type === 'proposal_made' ? event.payload.author : 'mediator',
      phase: event.type === 'proposal_made' ? event.payload.phase : 'mediation',
      currency: p.currency,
      status,
      currentVersion: 1,
      counters: event.type === 'proposal_made' ? event.payload.counters : null,
      answerDueAt: solution ? new Date(solution.answerDueAt) : null,
      createdAt: new Date(event.at),
    });
    this.#versions.push(versionRow(event, p.proposalId, 1, p.content));
    this.created.add(p.proposalId);
  }

  /** Writes what waits, with `statuses` (of proposals not created here) in the same statement. */
  async flush(statuses: readonly { id: string; status: string }[] = []): Promise<void> {
    const created = this.#proposals.splice(0);
    const versions = this.#versions.splice(0);
    if (created.length === 0 && statuses.length === 0) return;
    const values: Record<string, unknown> = {};
    encodeRows(values, 'p', proposals, created);
    encodeRows(values, 'v', proposalVersions, versions);
    statuses.forEach(({ id, status }, index) => {
      values[`s${index}_id`] = id;
      values[`s${index}_status`] = status;
    });
    const [proposalKeys, versionKeys] = [keysOf(created), keysOf(versions)];
    const shape = `${created.length}:${proposalKeys}:${versions.length}:${versionKeys}:${statuses.length}`;
    await proposalShapes
      .get(shape, (db) => {
        const rows = <T>(prefix: string, count: number, keys: readonly string[]) =>
          placeholderRows(prefix, count, keys) as T[];
        const ids = statuses.map((_, index) => sql.placeholder(`s${index}_id`));
        const statusCase = sql`(case ${proposals.id} ${sql.join(
          statuses.map(
            (_, index) => sql`when ${ids[index]}::uuid then ${sql.placeholder(`s${index}_status`)}`,
          ),
          sql` `,
        )} end)`;
        const update = (builder: typeof db | ReturnType<typeof db.with>) =>
          builder.update(proposals).set({ status: statusCase }).where(inArray(proposals.id, ids));
        if (created.length === 0) return update(db);
        // The versions' foreign key is checked at the end of the statement, the proposals written.
        const newProposals = db
          .$with('p')
          .as(db.insert(proposals).values(rows<ProposalRow>('p', created.length, proposalKeys)));
        const newVersions = rows<VersionRow>('v', versions.length, versionKeys);
        if (statuses.length === 0)
          return db.with(newProposals).insert(proposalVersions).values(newVersions);
        const versionRows = db.$with('v').as(db.insert(proposalVersions).values(newVersions));
        return update(db.with(newProposals, versionRows));
      })
      .run(this.tx, values);
  }
}

/** The proposal tables' statements, built once per numbers of rows (`BuiltOnce`). */
const proposalShapes = new StatementShapes();

async function projectProposals(
  tx: Tx,
  writes: ProposalWrites,
  after: CaseState,
  event: CaseEvent,
): Promise<void> {
  const at = new Date(event.at);
  if (event.type === 'proposal_made' || event.type === 'solution_proposed') {
    // Written with the status the command leaves it in: the status sync skips new proposals.
    const status = after.proposals.find((p) => p.proposalId === event.payload.proposalId)?.status;
    writes.add(event, status ?? 'open');
    return;
  }
  if (!PROPOSAL_WRITES.has(event.type)) return;
  await writes.flush();
  switch (event.type) {
    case 'proposal_modified':
    case 'solution_modified': {
      const { proposalId, version, content } = event.payload;
      await tx.insert(proposalVersions).values(versionRow(event, proposalId, version, content));
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

/** The events, besides new proposals, that write to the proposal tables. */
const PROPOSAL_WRITES: ReadonlySet<CaseEvent['type']> = new Set([
  'proposal_modified',
  'solution_modified',
  'proposal_accepted',
  'solution_accepted',
  'solution_refused',
  'acceptances_voided',
]);

/** Proposal statuses are copied from the new state; the new proposals were written with theirs. */
function statusChanges(before: CaseState | null, after: CaseState, created: ReadonlySet<string>) {
  const changes: { id: string; status: string }[] = [];
  for (const proposal of after.proposals) {
    if (created.has(proposal.proposalId)) continue;
    const previous = before?.proposals.find((p) => p.proposalId === proposal.proposalId);
    if ((previous?.status ?? 'open') === proposal.status) continue;
    changes.push({ id: proposal.proposalId, status: proposal.status });
  }
  return changes;
}

/** Writes every projection of one command's events; the case row itself is written by the caller. */
export async function projectEvents(
  tx: Tx,
  before: CaseState | null,
  after: CaseState,
  events: readonly CaseEvent[],
): Promise<void> {
  const writes = new ProposalWrites(tx);
  for (const event of events) {
    await projectMembers(tx, event);
    await projectProposals(tx, writes, after, event);
  }
  await writes.flush(statusChanges(before, after, writes.created));
}
