/**
 * Helpers for the case tests: people with fresh sessions (the tests jump the clock by weeks, past
 * any idle timeout), case set-ups through the API, and the replay check every cases test file
 * runs in `afterAll`: for every case the suite created, `replay(journal)` equals the stored
 * snapshot and the projections agree with it.
 */
import type { Role } from '@entente/contracts';
import { deadlinesFor, replay, type CaseState, type ProposalContent } from '@entente/domain';
import type { LightMyRequestResponse } from 'fastify';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import {
  caseDeadlines,
  caseMembers,
  cases,
  mediatorProfiles,
  proposalAcceptances,
  proposals,
  proposalVersions,
  users,
} from '../../src/db/schema/index.js';
import { SESSION_COOKIE, type Session, type User } from '../../src/modules/auth/sessions.js';
import { loadJournal, toDomainEvent } from '../../src/modules/cases/case-store.js';
import { openCase } from '../../src/modules/cases/open-case.js';
import { addBusinessMember } from '../../src/modules/cases/projections.js';
import { errorMessage, type ErrorCode } from '../../src/platform/messages.js';
import { rowsOf } from '../../src/platform/rate-limit.js';
import { Client } from './client.js';
import type { TestApp } from './test-app.js';

let counter = 0;

/** Someone signed in: a fresh session whenever the clock moved past the previous one. */
export class Person {
  #client: Client | null = null;
  #session: Session | null = null;

  constructor(
    private readonly t: TestApp,
    readonly user: User,
    private readonly totpVerified: boolean,
    readonly lang: 'fr' | 'en',
  ) {}

  get id(): string {
    return this.user.id;
  }

  get ctx() {
    return this.t.ctx;
  }

  async client(): Promise<Client> {
    const { ctx } = this.t;
    if (this.#client && this.#session && !ctx.sessions.expired(this.#session, ctx.clock.now())) {
      return this.#client;
    }
    const created = await ctx.sessions.create(ctx.database.db, this.user, {
      totpVerified: this.totpVerified,
      userAgent: 'vitest',
    });
    this.#session = created.session;
    this.#client = new Client(this.t.app, this.lang);
    this.#client.cookies.set(SESSION_COOKIE, created.token);
    return this.#client;
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    return (await this.client()).get(url);
  }

  async post(url: string, body: unknown): Promise<LightMyRequestResponse> {
    return (await this.client()).post(url, body);
  }

  async put(url: string, body: unknown): Promise<LightMyRequestResponse> {
    return (await this.client()).put(url, body);
  }

  async delete(url: string): Promise<LightMyRequestResponse> {
    return (await this.client()).delete(url);
  }

  /** POST /api/cases/:id/commands. */
  async command(caseId: string, body: Record<string, unknown>): Promise<LightMyRequestResponse> {
    return this.post(`/api/cases/${caseId}/commands`, body);
  }
}

/** An account made in the database; privileged people have passed TOTP unless told otherwise. */
export async function person(
  t: TestApp,
  roles: Role[],
  opts: {
    totp?: boolean;
    lang?: 'fr' | 'en';
    /** A mediator in the registry with an activated account (default); false: the role only. */
    registered?: boolean;
  } = {},
): Promise<Person> {
  counter += 1;
  const now = t.ctx.clock.now();
  const [user] = await t.ctx.database.db
    .insert(users)
    .values({
      email: `${roles[0]}-${counter}-${Math.random().toString(36).slice(2, 8)}@example.org`,
      emailVerifiedAt: now,
      givenName: 'Test',
      familyName: `${roles.join(' ')} ${counter}`,
      preferredLanguage: opts.lang ?? 'fr',
      roles,
      // Marks the account activated (a mediator must be, MDR-1); not a usable password.
      passwordHash:
        roles.includes('mediator') && opts.registered !== false
          ? 'test-account-without-usable-password'
          : null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  // A mediator is assignable only once in the registry with an activated account (MDR-1).
  if (roles.includes('mediator') && opts.registered !== false) {
    await t.ctx.database.db.insert(mediatorProfiles).values({
      userId: user!.id,
      programmes: ['qc', 'fr'],
      createdBy: user!.id,
      createdAt: now,
      updatedAt: now,
    });
  }
  return new Person(t, user!, opts.totp ?? true, opts.lang ?? 'fr');
}

export const REFUND: ProposalContent = {
  solutions: [{ kind: 'refund', amountMinor: 45_000 }],
  terms: 'Remboursement sous 15 jours.',
};
export const REPAIR: ProposalContent = {
  solutions: [{ kind: 'repair' }, { kind: 'price_reduction', amountMinor: 5_000 }],
  terms: 'Réparation en atelier.',
};

export const newBusinessId = () => crypto.randomUUID();

/** Gives the business's people access to a case (the registry of a later issue will do it). */
export async function joinBusiness(
  t: TestApp,
  caseId: string,
  who: Person,
  relation: 'merchant_respondent' | 'merchant_representative' = 'merchant_representative',
): Promise<void> {
  await t.ctx.database.transaction((tx) =>
    addBusinessMember(tx, caseId, who.id, relation, t.ctx.clock.now()),
  );
}

let reference = 1_000_000;
/**
 * A qc draft opened through the use case, as redeeming an intake's access code does (the HTTP
 * route for that is covered by the intake tests; here only the engine's path matters).
 */
export async function openQcCase(
  consumer: Person,
  businessId: string = newBusinessId(),
): Promise<string> {
  reference += 1;
  const { state } = await openCase(consumer.ctx, consumer.user, {
    programme: 'qc',
    referenceNumber: String(reference),
    businessId,
  });
  return state.caseId;
}

export async function openFrCase(consumer: Person, businessId = newBusinessId()): Promise<string> {
  reference += 1;
  const res = await consumer.post('/api/cases', {
    programme: 'fr',
    referenceNumber: String(reference),
    businessId,
    prefiling: { writtenComplaintSent: true, complaintUnderOneYear: true },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** A qc case, of the given business if any, submitted by the consumer, taken charge of by the merchant. */
export async function qcNegotiation(
  t: TestApp,
  consumer: Person,
  merchant: Person,
  businessId: string = newBusinessId(),
) {
  const caseId = await openQcCase(consumer, businessId);
  await joinBusiness(t, caseId, merchant);
  const submitted = await consumer.command(caseId, { type: 'submit_case', proposal: REFUND });
  expect(submitted.statusCode, submitted.body).toBe(200);
  const took = await merchant.command(caseId, { type: 'take_charge' });
  expect(took.statusCode, took.body).toBe(200);
  return { caseId, consumerProposal: submitted.json().createdId as string };
}

export async function expectOk(res: LightMyRequestResponse | Promise<LightMyRequestResponse>) {
  const response = await res;
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** A refusal with the engine's reason as code and its sentence in the reader's language. */
export async function expectRefused(
  res: LightMyRequestResponse | Promise<LightMyRequestResponse>,
  status: number,
  code: ErrorCode,
  lang: 'fr' | 'en' = 'fr',
) {
  const response = await res;
  expect(response.statusCode, response.body).toBe(status);
  expect(response.json().error).toEqual({ code, message: errorMessage(code, lang) });
}

/** replay(journal) = snapshot, and every projection agrees with the snapshot. */
export async function expectCaseConsistent(t: TestApp, caseId: string): Promise<CaseState> {
  const db = t.ctx.database.db;
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  const journal = await loadJournal(db, caseId);
  const state = replay(journal.map(toDomainEvent));
  expect(state).toEqual(row!.state);
  expect(journal.map((e) => e.seq)).toEqual(journal.map((_, i) => i + 1));
  expect(row).toMatchObject({
    status: state.status,
    outcome: state.closure?.outcome ?? null,
    version: state.revision,
    mediatorUserId: state.mediator?.userId ?? null,
    merchantRepresentativeUserId: state.merchantRepresentative?.userId ?? null,
  });
  // ADR 0023: the staff lists read the mediation's dates from these copies of the state's.
  const at = (iso: string | null) => (iso === null ? null : new Date(iso));
  expect({
    requested: row!.mediationRequestedAt,
    started: row!.mediationStartedAt,
    ends: row!.mediationEndsAt,
    alert: row!.mediationAlertAt,
  }).toEqual({
    requested: at(state.mediationRequestedAt),
    started: at(state.mediationStartedAt),
    ends: at(state.due.mediationEndsAt),
    alert: at(state.due.mediationAlertAt),
  });
  const stored = await db.select().from(proposals).where(eq(proposals.caseId, caseId));
  expect(stored).toHaveLength(state.proposals.length);
  for (const proposal of state.proposals) {
    const projected = stored.find((p) => p.id === proposal.proposalId);
    expect(projected).toMatchObject({
      kind: proposal.kind,
      author: proposal.author,
      status: proposal.status,
      currentVersion: proposal.versions.length,
    });
    const versions = await db
      .select()
      .from(proposalVersions)
      .where(eq(proposalVersions.proposalId, proposal.proposalId));
    const byVersion = (a: { version: number }, b: { version: number }) => a.version - b.version;
    expect(versions.sort(byVersion).map((v) => [v.version, v.content])).toEqual(
      proposal.versions.map((v) => [v.version, v.content]),
    );
    const answers = await db
      .select()
      .from(proposalAcceptances)
      .where(eq(proposalAcceptances.proposalId, proposal.proposalId));
    const live = (decision: string) =>
      answers
        .filter((a) => a.decision === decision && a.voidedAt === null)
        .map((a) => `${a.side}:${a.version}`)
        .sort();
    expect(live('accepted')).toEqual(
      proposal.acceptances.map((a) => `${a.side}:${a.version}`).sort(),
    );
    expect(live('refused')).toEqual(proposal.refusals.map((a) => `${a.side}:${a.version}`).sort());
  }
  const mediators = await db
    .select({ userId: caseMembers.userId })
    .from(caseMembers)
    .where(
      and(
        eq(caseMembers.caseId, caseId),
        eq(caseMembers.relation, 'mediator'),
        eq(caseMembers.active, true),
      ),
    );
  expect(mediators.map((m) => m.userId)).toEqual(state.mediator ? [state.mediator.userId] : []);
  // STF-1 reads uncancelled deadline rows as the case's current steps: one per pending key.
  const live = await db
    .select({ key: caseDeadlines.key })
    .from(caseDeadlines)
    .where(and(eq(caseDeadlines.caseId, caseId), isNull(caseDeadlines.cancelledAt)));
  expect(live.map((row) => row.key).sort()).toEqual(
    deadlinesFor(state)
      .map((deadline) => deadline.key)
      .sort(),
  );
  return state;
}

/** The replay check over every case in the database: call it in `afterAll`. */
export async function expectEveryCaseConsistent(t: TestApp): Promise<number> {
  const rows = await t.ctx.database.db.select({ id: cases.id }).from(cases);
  for (const { id } of rows) await expectCaseConsistent(t, id);
  // The trigger-kept counters (migration 0007) equal a count of the rows.
  const counted = await t.ctx.database.db.execute(sql`
    SELECT programme, status, count(*)::int AS n FROM cases GROUP BY 1, 2
    EXCEPT SELECT programme, status, sum(n)::int FROM case_status_counts GROUP BY 1, 2
      HAVING sum(n) <> 0`);
  expect(rowsOf(counted)).toEqual([]);
  const kept = await t.ctx.database.db.execute(sql`
    SELECT programme, status, sum(n)::int AS n FROM case_status_counts GROUP BY 1, 2
      HAVING sum(n) <> 0
    EXCEPT SELECT programme, status, count(*)::int FROM cases GROUP BY 1, 2`);
  expect(rowsOf(kept)).toEqual([]);
  // And so do the deadline and flag counters (migrations 0009, 0011, 0013), both ways.
  const deadlines = sql`SELECT kind, due_at, count(*)::int AS n FROM case_deadlines
    WHERE cancelled_at IS NULL AND kind IN ('draft_expiry', 'professional_answer',
      'admissibility_decision', 'mediation_alert', 'mediation_end') GROUP BY 1, 2`;
  const counters = sql`SELECT kind, due_at, sum(n)::int AS n FROM case_deadline_counts
    WHERE kind <> 'mediation_end_qc' GROUP BY 1, 2 HAVING sum(n) <> 0`;
  // The qc mediations' ends, counted apart for the day-60 total (migration 0011).
  const qcEnds = sql`SELECT 'mediation_end_qc', d.due_at, count(*)::int FROM case_deadlines d
    JOIN cases c ON c.id = d.case_id AND c.programme = 'qc'
    WHERE d.cancelled_at IS NULL AND d.kind = 'mediation_end' GROUP BY 1, 2`;
  const qcEndCounters = sql`SELECT kind, due_at, sum(n)::int FROM case_deadline_counts
    WHERE kind = 'mediation_end_qc' GROUP BY 1, 2 HAVING sum(n) <> 0`;
  const overdue = sql`SELECT count(*)::int FROM cases WHERE overdue_since IS NOT NULL`;
  const overdueCounter = sql`SELECT coalesce(sum(n), 0)::int FROM case_flag_counts
    WHERE flag = 'overdue'`;
  const openFollowups = sql`SELECT count(*)::int FROM mediation_followups
    WHERE resolved_at IS NULL`;
  const openFollowupsCounter = sql`SELECT coalesce(sum(n), 0)::int FROM case_flag_counts
    WHERE flag = 'followup_open'`;
  // A current mediation end carries its case's current day-60 alert date (migration 0017).
  const endAlerts = sql`SELECT d.id, d.alert_due_at FROM case_deadlines d
    WHERE d.cancelled_at IS NULL AND (d.kind = 'mediation_end' OR d.alert_due_at IS NOT NULL)`;
  const currentAlerts = sql`SELECT d.id, a.due_at FROM case_deadlines d
    LEFT JOIN case_deadlines a ON a.case_id = d.case_id AND a.kind = 'mediation_alert'
      AND a.cancelled_at IS NULL
    WHERE d.cancelled_at IS NULL AND d.kind = 'mediation_end'`;
  for (const [a, b] of [
    [endAlerts, currentAlerts],
    [currentAlerts, endAlerts],
    [deadlines, counters],
    [counters, deadlines],
    [qcEnds, qcEndCounters],
    [qcEndCounters, qcEnds],
    [overdue, overdueCounter],
    [overdueCounter, overdue],
    [openFollowups, openFollowupsCounter],
    [openFollowupsCounter, openFollowups],
  ] as const) {
    expect(rowsOf(await t.ctx.database.db.execute(sql`${a} EXCEPT ${b}`))).toEqual([]);
  }
  // An unread row (migrations 0018, 0020) names its thread's case and kind, the case's business
  // and `readable_until`, and counts at least one and at most every message by others past the
  // person's read mark: the messages posted while they read the thread, since they last read it.
  const unreadRows = await t.ctx.database.db.execute(sql`
    SELECT u.thread_id, u.user_id, u.unread, past.n FROM unread_threads u
    JOIN message_threads th ON th.id = u.thread_id
    JOIN cases c ON c.id = u.case_id
    CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM messages m
      WHERE m.thread_id = u.thread_id AND m.author_user_id <> u.user_id
        AND m.id > coalesce((SELECT r.last_read_message_id FROM thread_reads r
          WHERE r.thread_id = u.thread_id AND r.user_id = u.user_id), 0)) past
    WHERE u.case_id <> th.case_id OR u.kind <> th.kind OR u.unread > past.n
      OR u.business_id <> c.business_id
      OR u.readable_until IS DISTINCT FROM c.readable_until`);
  expect(rowsOf(unreadRows)).toEqual([]);
  return rows.length;
}
