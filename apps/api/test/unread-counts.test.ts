/**
 * The header's unread counts (`GET /api/unread`, §9, MSG-3, ORG-2), asked by every page: each
 * thread counted once whatever the path to it, and both counts stopping at `UNREAD_CAP` so the
 * request's work does not grow with a person's history (issue 7).
 */
import { UNREAD_CAP } from '@entente/contracts';
import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  businessMembers,
  cases,
  messageThreads,
  messages,
  notifications,
  unreadThreads,
} from '../src/db/schema/index.js';
import {
  REPAIR,
  expectEveryCaseConsistent,
  expectOk,
  openQcCase,
  joinBusiness,
  person,
  qcNegotiation,
  REFUND,
  type Person,
} from './support/cases.js';
import { insertBusiness } from './support/businesses.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { rowsOf } from '../src/platform/rate-limit.js';

let t: TestApp;
let staff: Person;

beforeAll(async () => {
  t = await createTestApp();
  staff = await person(t, ['staff']);
});
afterAll(async () => t.close());

const unread = async (who: Person) => expectOk(who.get('/api/unread'));
const post = (who: Person, caseId: string, body: string, kind = 'parties') =>
  who.post(`/api/cases/${caseId}/threads/${kind}/messages`, { body });

async function registryMember(
  businessId: string,
  who: Person,
  role: 'respondent' | 'representative',
) {
  await t.ctx.database.db.insert(businessMembers).values({
    businessId,
    userId: who.id,
    role,
    addedBy: staff.id,
    addedAt: t.clock.now(),
  });
}

/**
 * A submitted qc case of a new business taken in charge by `merchant`, with a registry
 * respondent; the merchant in charge is in the registry too when `merchantInRegistry`.
 */
async function registryCase(merchantInRegistry: boolean) {
  const consumer = await person(t, ['consumer']);
  const merchant = await person(t, ['merchant_representative']);
  const respondent = await person(t, ['merchant_respondent']);
  const business = await insertBusiness(t);
  if (merchantInRegistry) await registryMember(business.id, merchant, 'representative');
  await registryMember(business.id, respondent, 'respondent');
  const caseId = await openQcCase(consumer, business.id as ReturnType<typeof randomUUID>);
  await joinBusiness(t, caseId, merchant);
  await expectOk(consumer.command(caseId, { type: 'submit_case', proposal: REFUND }));
  await expectOk(merchant.command(caseId, { type: 'take_charge' }));
  return { consumer, merchant, respondent, caseId };
}

describe('GET /api/unread (MSG-3, §9)', () => {
  it('counts each thread once, whether read as a case member, through the registry or both (ORG-2)', async () => {
    // The representative in charge is also in the registry: two paths to the same thread.
    const { consumer, merchant, respondent, caseId } = await registryCase(true);

    for (const body of ['Bonjour', 'Avez-vous reçu ma facture ?']) {
      expect((await post(consumer, caseId, body)).statusCode).toBe(201);
    }
    expect((await unread(merchant)).messages).toBe(2);
    expect((await unread(respondent)).messages).toBe(2);
    expect((await unread(consumer)).messages).toBe(0);
    expect((await post(merchant, caseId, 'Oui, merci.')).statusCode).toBe(201);
    expect((await unread(consumer)).messages).toBe(1);
    expect((await unread(respondent)).messages).toBe(3);
  });

  it('QC-16: a mediator never counts the parties’ thread, only the threads they are in', async () => {
    const consumer = await person(t, ['consumer']);
    const merchant = await person(t, ['merchant_representative']);
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    expect((await post(consumer, caseId, 'Entre nous')).statusCode).toBe(201);
    await expectOk(merchant.command(caseId, { type: 'make_proposal', content: REPAIR }));
    await expectOk(consumer.command(caseId, { type: 'request_mediation' }));
    const mediator = await person(t, ['mediator']);
    await expectOk(staff.command(caseId, { type: 'assign_mediator', mediatorUserId: mediator.id }));
    expect((await unread(mediator)).messages).toBe(0);
    expect(
      (await post(consumer, caseId, 'Pour la médiatrice', 'mediator_consumer')).statusCode,
    ).toBe(201);
    expect((await unread(mediator)).messages).toBe(1);
  });

  it('walks only the threads a post left unread: reading empties it, the next post fills it (issue 7)', async () => {
    const { consumer, merchant, respondent, caseId } = await registryCase(false);
    expect((await post(consumer, caseId, 'Bonjour')).statusCode).toBe(201);
    const rows = async (who: Person) =>
      (await t.ctx.database.db.select().from(unreadThreads).where(eq(unreadThreads.userId, who.id)))
        .length;
    // Every reader but the author: the representative in charge and the registry's respondent.
    expect([await rows(merchant), await rows(respondent), await rows(consumer)]).toEqual([1, 1, 0]);

    const page = await expectOk(respondent.get(`/api/cases/${caseId}/threads/parties/messages`));
    const last = page.messages.at(-1)!.id;
    await expectOk(respondent.post(`/api/cases/${caseId}/threads/parties/read`, { upTo: last }));
    expect(await rows(respondent)).toBe(0);
    expect((await unread(respondent)).messages).toBe(0);
    // Replying reads the thread too: the merchant's own post takes it out of their unread ones.
    expect((await post(merchant, caseId, 'Bien reçu')).statusCode).toBe(201);
    expect(await rows(merchant)).toBe(0);
    expect((await unread(merchant)).messages).toBe(0);
    expect((await unread(respondent)).messages).toBe(1);
    expect((await unread(consumer)).messages).toBe(1);
  });

  it('a read short of the thread’s end keeps the messages still past the mark (issue 7)', async () => {
    const { consumer, merchant, respondent, caseId } = await registryCase(false);
    for (const body of ['Un', 'Deux', 'Trois']) {
      expect((await post(consumer, caseId, body)).statusCode).toBe(201);
    }
    expect((await unread(respondent)).messages).toBe(3);
    const page = await expectOk(respondent.get(`/api/cases/${caseId}/threads/parties/messages`));
    const [first, second] = page.messages.slice(-3);
    await expectOk(
      respondent.post(`/api/cases/${caseId}/threads/parties/read`, { upTo: first!.id }),
    );
    expect((await unread(respondent)).messages).toBe(2);
    // The merchant's reply is not the respondent's to read: it counts as one more for them.
    expect((await post(merchant, caseId, 'Bien reçu')).statusCode).toBe(201);
    expect((await unread(respondent)).messages).toBe(3);
    await expectOk(
      respondent.post(`/api/cases/${caseId}/threads/parties/read`, { upTo: second!.id }),
    );
    expect((await unread(respondent)).messages).toBe(2);
    const last = (
      await expectOk(respondent.get(`/api/cases/${caseId}/threads/parties/messages`))
    ).messages.at(-1)!.id;
    await expectOk(respondent.post(`/api/cases/${caseId}/threads/parties/read`, { upTo: last }));
    expect((await unread(respondent)).messages).toBe(0);
    expect((await unread(consumer)).messages).toBe(1);
  });

  it('someone who reads a case from later on counts the messages posted since (ORG-2)', async () => {
    const { consumer, caseId } = await registryCase(false);
    const business = await t.ctx.database.db.execute(
      sql`SELECT business_id FROM cases WHERE id = ${caseId}::uuid`,
    );
    expect((await post(consumer, caseId, 'Avant votre arrivée')).statusCode).toBe(201);
    const newcomer = await person(t, ['merchant_representative']);
    const businessId = String(rowsOf(business)[0]!.business_id);
    await registryMember(businessId, newcomer, 'representative');
    expect((await unread(newcomer)).messages).toBe(0);
    expect((await post(consumer, caseId, 'Après votre arrivée')).statusCode).toBe(201);
    expect((await unread(newcomer)).messages).toBe(1);
    // The thread's own badge on the case counts every message past their (absent) read mark.
    const threads = await expectOk(newcomer.get(`/api/cases/${caseId}/threads`));
    expect(threads.threads.find((th: { kind: string }) => th.kind === 'parties')?.unread).toBe(2);
  });

  it('QC-22, QC-23: a closed case counts until its readable_until, which its rows copy (migration 0020)', async () => {
    const consumer = await person(t, ['consumer']);
    const merchant = await person(t, ['merchant_representative']);
    const { caseId, consumerProposal } = await qcNegotiation(t, consumer, merchant);
    expect((await post(merchant, caseId, 'Avant l’entente')).statusCode).toBe(201);
    const rowsOfCase = () =>
      t.ctx.database.db.select().from(unreadThreads).where(eq(unreadThreads.caseId, caseId));
    expect((await rowsOfCase()).map((row) => row.readableUntil)).toEqual([null]);
    await expectOk(
      merchant.command(caseId, {
        type: 'accept_proposal',
        proposalId: consumerProposal,
        version: 1,
      }),
    );
    const closed = async () =>
      (await t.ctx.database.db.select().from(cases).where(eq(cases.id, caseId)))[0]!;
    const readableUntil = (await closed()).readableUntil;
    expect(readableUntil).toBeInstanceOf(Date);
    // The closure's update of the case copied the date onto the consumer's row (the trigger).
    expect((await rowsOfCase()).map((row) => row.readableUntil)).toEqual([readableUntil]);
    expect((await unread(consumer)).messages).toBe(1);
    // Once the case is no longer readable, it counts nothing; the date is moved here rather than
    // the clock, so that the sessions stay valid, and moving it back counts it again.
    const moveReadableUntil = (to: Date) =>
      t.ctx.database.db.update(cases).set({ readableUntil: to }).where(eq(cases.id, caseId));
    await moveReadableUntil(new Date(t.clock.now().getTime() - 60_000));
    expect((await unread(consumer)).messages).toBe(0);
    await moveReadableUntil(readableUntil!);
    expect((await unread(consumer)).messages).toBe(1);
    // QC-22: after an agreement the parties still write; the reader's new row carries the date.
    expect((await post(consumer, caseId, 'Après l’entente')).statusCode).toBe(201);
    const rows = await rowsOfCase();
    expect(rows.map((row) => [row.userId, row.readableUntil])).toEqual([
      [merchant.id, readableUntil],
    ]);
    expect((await unread(merchant)).messages).toBe(1);
    expect(await expectEveryCaseConsistent(t)).toBeGreaterThan(0);
  });

  it('migration 0014 fills the unread threads of messages posted before it, for their readers only', async () => {
    const consumer = await person(t, ['consumer']);
    const merchant = await person(t, ['merchant_representative']);
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    expect((await post(merchant, caseId, 'Premier message')).statusCode).toBe(201);
    // As before the migration: this case's messages with no unread rows.
    await t.ctx.database.db.execute(
      sql`DELETE FROM unread_threads WHERE thread_id IN
        (SELECT id FROM message_threads WHERE case_id = ${caseId}::uuid)`,
    );
    expect((await unread(consumer)).messages).toBe(0);
    await t.ctx.database.db.execute(sql`SELECT entente_fill_unread_threads()`);
    expect((await unread(consumer)).messages).toBe(1);
    // The author has nothing unread, and nobody else reads the parties' thread of this case.
    const filled = await t.ctx.database.db
      .select()
      .from(unreadThreads)
      .where(inArray(unreadThreads.userId, [consumer.id, merchant.id]));
    expect(filled.filter((row) => row.userId === merchant.id)).toEqual([]);
    // With migration 0018's count: every message by others past the read mark.
    expect(filled.filter((row) => row.userId === consumer.id).map((row) => row.unread)).toEqual([
      1,
    ]);
  });

  it('migration 0015 fills in parts exactly what the whole fill writes, each thread in one part', async () => {
    const { consumer, caseId } = await registryCase(true);
    expect((await post(consumer, caseId, 'Bonjour')).statusCode).toBe(201);
    const other = await person(t, ['consumer']);
    const merchant = await person(t, ['merchant_representative']);
    const second = await qcNegotiation(t, other, merchant);
    expect((await post(merchant, second.caseId, 'Premier message')).statusCode).toBe(201);
    const db = t.ctx.database.db;
    const everyRow = async () =>
      (await db.select().from(unreadThreads)).map(
        (row) => `${row.threadId} ${row.userId} ${row.lastMessageId}`,
      );

    await db.execute(sql`DELETE FROM unread_threads`);
    await db.execute(sql`SELECT entente_fill_unread_threads()`);
    const whole = (await everyRow()).sort();
    expect(whole.length).toBeGreaterThanOrEqual(3);

    await db.execute(sql`DELETE FROM unread_threads`);
    // A thread belongs to one part: the connections filling at once never meet on a row.
    const threadsOfPart: string[][] = [];
    for (const part of [0, 1, 2]) {
      const before = new Set(await everyRow());
      await db.execute(sql`SELECT entente_fill_unread_threads(3, ${part}::int)`);
      const added = (await everyRow()).filter((row) => !before.has(row));
      threadsOfPart.push([...new Set(added.map((row) => row.split(' ')[0]!))]);
    }
    expect((await everyRow()).sort()).toEqual(whole);
    const threads = threadsOfPart.flat();
    expect(new Set(threads).size).toBe(threads.length);
  });

  it(`stops both counts at ${UNREAD_CAP}`, async () => {
    const consumer = await person(t, ['consumer']);
    const merchant = await person(t, ['merchant_representative']);
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    expect((await post(merchant, caseId, 'Premier message')).statusCode).toBe(201);
    const [thread] = await t.ctx.database.db
      .select()
      .from(messageThreads)
      .where(eq(messageThreads.caseId, caseId));
    const now = t.clock.now();
    // Rows written directly, with what 150 posts would add to the consumer's unread row: posting
    // them would meet the rate limit (SEC-28).
    await t.ctx.database.db.execute(sql`UPDATE unread_threads SET unread = unread + 150
      WHERE thread_id = ${thread!.id}::uuid AND user_id = ${consumer.id}::uuid`);
    await t.ctx.database.db.insert(messages).values(
      Array.from({ length: 150 }, (_, i) => ({
        threadId: thread!.id,
        caseId,
        authorUserId: merchant.id,
        authorRole: 'merchant_representative',
        body: `Message ${i}`,
        createdAt: now,
      })),
    );
    await t.ctx.database.db.insert(notifications).values(
      Array.from({ length: 150 }, () => ({
        id: randomUUID(),
        userId: consumer.id,
        caseId,
        kind: 'message_posted',
        params: { thread: 'parties', mailedAt: 0 },
        createdAt: now,
      })),
    );
    expect(await unread(consumer)).toEqual({ messages: UNREAD_CAP, notifications: UNREAD_CAP });
    // The notifications page still gives the exact number.
    expect((await expectOk(consumer.get('/api/notifications'))).unread).toBeGreaterThan(150);
  });

  it('leaves every unread row naming its thread’s case and kind, within the messages past the mark', async () => {
    expect(await expectEveryCaseConsistent(t)).toBeGreaterThan(0);
  });
});
