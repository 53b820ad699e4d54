/**
 * The journal is the truth: replaying it rebuilds each case exactly, it cannot be rewritten, and
 * concurrent writers serialise on it. Also: every engine reason and event has its words.
 */
import { CASE_EVENT_TYPES, DENIAL_REASON_CODES, replay, type CaseState } from '@entente/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, cases } from '../src/db/schema/index.js';
import { loadJournal, toDomainEvent } from '../src/modules/cases/case-store.js';
import { eventLabels } from '../src/modules/cases/event-labels.js';
import { denialStatus } from '../src/modules/cases/reason-messages.js';
import { isUniqueViolation, runCaseCommand } from '../src/modules/cases/run-case-command.js';
import { errorMessage, type ErrorCode } from '../src/platform/messages.js';
import {
  REFUND,
  REPAIR,
  expectCaseConsistent,
  expectEveryCaseConsistent,
  expectOk,
  joinBusiness,
  openFrCase,
  person,
  qcNegotiation,
  type Person,
} from './support/cases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let consumer: Person;
let merchant: Person;
let staff: Person;
let mediator: Person;

beforeAll(async () => {
  t = await createTestApp();
  consumer = await person(t, ['consumer']);
  merchant = await person(t, ['merchant_representative']);
  staff = await person(t, ['staff']);
  mediator = await person(t, ['mediator']);
});
afterAll(async () => {
  expect(await expectEveryCaseConsistent(t)).toBeGreaterThanOrEqual(3);
  await t.close();
});

describe('replay(journal) rebuilds every case exactly', () => {
  it('after a full fr mediation with a refused solution, an extension and a protocol', async () => {
    const caseId = await openFrCase(consumer);
    await joinBusiness(t, caseId, merchant);
    const cmd = (who: Person, body: Record<string, unknown>) => expectOk(who.command(caseId, body));
    await cmd(merchant, { type: 'professional_accept' });
    await cmd(staff, { type: 'assign_mediator', mediatorUserId: mediator.id });
    t.clock.advanceDays(3);
    await cmd(mediator, { type: 'declare_admissible' });
    const solution = (
      await cmd(mediator, { type: 'propose_solution', content: REFUND, answerDays: 10 })
    ).createdId;
    await cmd(consumer, { type: 'accept_solution', proposalId: solution, version: 1 });
    await cmd(merchant, { type: 'refuse_solution', proposalId: solution, version: 1 });
    await cmd(mediator, {
      type: 'extend_mediation',
      reason: 'Expertise',
      newEndDate: '2026-09-30',
    });
    const offer = (await cmd(consumer, { type: 'make_proposal', content: REPAIR })).createdId;
    const agreed = await cmd(merchant, { type: 'accept_proposal', proposalId: offer, version: 1 });
    expect(agreed.status).toBe('protocol_signing');
    // FR-12: the protocol's PDF and fresh-code signature belong to a later module; same use case.
    const as = (who: Person, command: Parameters<typeof runCaseCommand>[1]['command']) =>
      runCaseCommand(t.ctx, { caseId, actorUser: who.user, command });
    await as(mediator, {
      type: 'submit_protocol',
      documentId: crypto.randomUUID(),
      documentHash: 'sha256:aa',
    });
    await as(consumer, { type: 'sign_protocol', protocolVersion: 1 });
    const done = await as(merchant, { type: 'sign_protocol', protocolVersion: 1 });
    expect(done.state.closure?.outcome).toBe('agreement');
    const state = await expectCaseConsistent(t, caseId);
    expect(state.proposals.map((p) => p.status)).toEqual(['refused', 'accepted']);
    const journal = await loadJournal(t.ctx.database.db, caseId);
    expect(journal).toHaveLength(state.revision);
    expect(replay(journal.map(toDomainEvent))).toEqual(done.state);
  });

  it('after representatives and merchant take-overs in qc', async () => {
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    const colleague = await person(t, ['merchant_representative']);
    await joinBusiness(t, caseId, colleague);
    await expectOk(colleague.command(caseId, { type: 'take_charge' }));
    const invitation = await consumer.post(`/api/cases/${caseId}/representatives`, {
      firstName: 'Léo',
      lastName: 'Proche',
      relationship: 'Frère',
      email: 'leo@example.org',
      consent: true,
      notALawyer: true,
      atLeast18: true,
    });
    expect(invitation.statusCode, invitation.body).toBe(201);
    const invited = { createdId: invitation.json().id as string };
    await expectOk(
      consumer.command(caseId, {
        type: 'remove_representative',
        representativeId: invited.createdId,
      }),
    );
    const state: CaseState = await expectCaseConsistent(t, caseId);
    expect(state.merchantRepresentative?.userId).toBe(colleague.id);
    expect(state.consumerRepresentative).toBeNull();
  });
});

describe('the journal is append-only', () => {
  it('refuses UPDATE and DELETE of events and of proposal versions', async () => {
    const [row] = await t.ctx.database.db.select().from(cases).limit(1);
    const id = row!.id;
    const attempts = [
      sql`UPDATE case_events SET type = 'case_closed' WHERE case_id = ${id}`,
      sql`DELETE FROM case_events WHERE case_id = ${id}`,
      sql`DELETE FROM cases WHERE id = ${id}`,
      sql`UPDATE proposal_versions SET version = 9`,
      sql`TRUNCATE case_events CASCADE`,
    ];
    for (const attempt of attempts) {
      await expect(t.ctx.database.db.execute(attempt)).rejects.toThrow();
    }
    await expectCaseConsistent(t, id);
  });

  it('serialises concurrent commands on one case and recognises a seq clash', async () => {
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    const others = [
      await person(t, ['merchant_representative']),
      await person(t, ['merchant_representative']),
    ];
    for (const other of others) await joinBusiness(t, caseId, other);
    const results = await Promise.all(
      others.map((o) => o.command(caseId, { type: 'take_charge' })),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    const state = await expectCaseConsistent(t, caseId);
    expect(others.map((o) => o.id)).toContain(state.merchantRepresentative?.userId);

    const clash = t.ctx.database.transaction(async (tx) => {
      const [first] = await tx
        .select()
        .from(caseEvents)
        .where(eq(caseEvents.caseId, caseId))
        .limit(1);
      await tx.insert(caseEvents).values({ ...first!, id: undefined });
    });
    const error = await clash.catch((e: unknown) => e);
    expect(isUniqueViolation(error, 'case_events_case_seq_idx')).toBe(true);
  });
});

describe('module data commits with the events or not at all', () => {
  it('rolls the events back when the `within` step fails', async () => {
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    const before = await loadJournal(t.ctx.database.db, caseId);
    const failing = runCaseCommand(t.ctx, {
      caseId,
      actorUser: merchant.user,
      command: { type: 'make_proposal', proposalId: crypto.randomUUID(), content: REPAIR },
      within: async () => {
        throw new Error('storage unavailable');
      },
    });
    await expect(failing).rejects.toThrow('storage unavailable');
    expect(await loadJournal(t.ctx.database.db, caseId)).toEqual(before);
    await expectCaseConsistent(t, caseId);
  });
});

describe('every reason and event has words in both languages', () => {
  it('translates each engine denial reason, with a 403, 409 or 422', () => {
    for (const reason of DENIAL_REASON_CODES) {
      const fr = errorMessage(reason as ErrorCode, 'fr');
      const en = errorMessage(reason as ErrorCode, 'en');
      expect(fr.trim(), reason).not.toBe('');
      expect(en.trim(), reason).not.toBe('');
      expect(fr, reason).not.toBe(en);
      expect([403, 409, 422]).toContain(denialStatus[reason]);
    }
  });

  it('labels each event type', () => {
    for (const type of CASE_EVENT_TYPES) {
      expect(eventLabels[type].fr, type).toMatch(/\w/);
      expect(eventLabels[type].en, type).toMatch(/\w/);
    }
  });
});
