/**
 * The messaging centre (MSG-1 to MSG-4, QC-16, QC-18, QC-22, SEC-14, SEC-24, SEC-28): who reads
 * and posts in which thread, the body rules, paging, read marks, coalesced e-mail alerts without
 * the text, and the in-app notifications of §9.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessMembers, mailOutbox, messages } from '../src/db/schema/index.js';
import { caseMemberIds } from '../src/modules/live/live-signals.js';
import {
  REPAIR,
  expectEveryCaseConsistent,
  expectOk,
  expectRefused,
  joinBusiness,
  openQcCase,
  person,
  qcNegotiation,
  REFUND,
  type Person,
} from './support/cases.js';
import { insertBusiness } from './support/businesses.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { rowsOf } from '../src/platform/rate-limit.js';

let t: TestApp;
let consumer: Person;
let merchant: Person;
let staff: Person;

beforeAll(async () => {
  t = await createTestApp();
  consumer = await person(t, ['consumer']);
  merchant = await person(t, ['merchant_representative'], { lang: 'en' });
  staff = await person(t, ['staff']);
});
afterAll(async () => {
  await expectEveryCaseConsistent(t);
  await t.close();
});

const url = (caseId: string, kind = 'parties') => `/api/cases/${caseId}/threads/${kind}/messages`;
const post = (who: Person, caseId: string, body: unknown, kind = 'parties') =>
  who.post(url(caseId, kind), { body });

async function mailsTo(who: Person, template: string) {
  return t.ctx.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, who.user.email), eq(mailOutbox.template, template)));
}

/** A qc case in mediation with its mediator. */
async function inMediation() {
  const { caseId } = await qcNegotiation(t, consumer, merchant);
  await expectOk(merchant.command(caseId, { type: 'make_proposal', content: REPAIR }));
  await expectOk(consumer.command(caseId, { type: 'request_mediation' }));
  const mediator = await person(t, ['mediator']);
  await expectOk(staff.command(caseId, { type: 'assign_mediator', mediatorUserId: mediator.id }));
  return { caseId, mediator };
}

describe('MSG-1: the consumer–business thread', () => {
  it('MSG-1: is not open before the business took charge', async () => {
    const caseId = await openQcCase(consumer);
    await joinBusiness(t, caseId, merchant);
    await expectOk(consumer.command(caseId, { type: 'submit_case', proposal: REFUND }));
    expect((await expectOk(consumer.get(`/api/cases/${caseId}/threads`))).threads).toEqual([]);
    await expectRefused(post(consumer, caseId, 'Bonjour'), 409, 'thread_not_open');
  });

  it('MSG-1, MSG-3: either party starts it; the other sees an unread badge until reading', async () => {
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    const listed = await expectOk(consumer.get(`/api/cases/${caseId}/threads`));
    expect(listed.threads).toMatchObject([
      { kind: 'parties', state: 'open', canPost: true, messageCount: 0, unread: 0 },
    ]);
    const sent = await post(merchant, caseId, '  Bonjour, je prends votre dossier.  ');
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({
      body: 'Bonjour, je prends votre dossier.',
      authorRole: 'merchant_representative',
      mine: true,
    });
    const threads = (await expectOk(consumer.get(`/api/cases/${caseId}/threads`))).threads;
    expect(threads[0]).toMatchObject({ unread: 1, messageCount: 1 });
    expect(threads[0].lastMessageAt).toBe(t.clock.now().toISOString());
    const before = (await expectOk(consumer.get('/api/unread'))).messages;
    expect(before).toBeGreaterThanOrEqual(1);
    // The author's own message is never unread for them.
    expect((await expectOk(merchant.get(`/api/cases/${caseId}/threads`))).threads[0].unread).toBe(
      0,
    );
    const page = await expectOk(consumer.get(url(caseId)));
    expect(page.messages).toHaveLength(1);
    expect(page.messages[0]).toMatchObject({ mine: false, authorRole: 'merchant_representative' });
    expect(page.lastReadId).toBeNull();
    await expectOk(
      consumer.post(`/api/cases/${caseId}/threads/parties/read`, { upTo: page.messages[0].id }),
    );
    expect((await expectOk(consumer.get(`/api/cases/${caseId}/threads`))).threads[0].unread).toBe(
      0,
    );
    expect((await expectOk(consumer.get('/api/unread'))).messages).toBe(before - 1);
    expect((await expectOk(consumer.get(url(caseId)))).lastReadId).toBe(page.messages[0].id);
  });

  it('MSG-3: pages by key, newest page first, older pages with `before`, newer with `after`', async () => {
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    for (let i = 1; i <= 5; i += 1) {
      t.clock.advanceMinutes(1);
      expect((await post(i % 2 ? consumer : merchant, caseId, `Message ${i}`)).statusCode).toBe(
        201,
      );
    }
    const newest = await expectOk(consumer.get(`${url(caseId)}?limit=2`));
    expect(newest.messages.map((m: { body: string }) => m.body)).toEqual([
      'Message 4',
      'Message 5',
    ]);
    expect(newest.hasOlder).toBe(true);
    const older = await expectOk(
      consumer.get(`${url(caseId)}?limit=2&before=${newest.messages[0].id}`),
    );
    expect(older.messages.map((m: { body: string }) => m.body)).toEqual(['Message 2', 'Message 3']);
    const oldest = await expectOk(
      consumer.get(`${url(caseId)}?limit=2&before=${older.messages[0].id}`),
    );
    expect(oldest.messages.map((m: { body: string }) => m.body)).toEqual(['Message 1']);
    expect(oldest.hasOlder).toBe(false);
    const after = await expectOk(consumer.get(`${url(caseId)}?after=${older.messages[1].id}`));
    expect(after.messages.map((m: { body: string }) => m.body)).toEqual(['Message 4', 'Message 5']);
  });
});

describe('MSG-2: the body', () => {
  let caseId: string;
  beforeAll(async () => {
    ({ caseId } = await qcNegotiation(t, consumer, merchant));
  });

  it('MSG-2: refuses an empty or blank message with a field message', async () => {
    for (const body of ['', '   \n  ']) {
      const res = await post(consumer, caseId, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.body).toBe('Ce champ est obligatoire.');
    }
    const missing = await consumer.post(url(caseId), {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.body).toBe('Ce champ est obligatoire.');
  });

  it('MSG-2: accepts 2000 characters (emoji count as one) and refuses 2001, in English too', async () => {
    expect((await post(consumer, caseId, 'é'.repeat(2000))).statusCode).toBe(201);
    expect((await post(consumer, caseId, '🙂'.repeat(2000))).statusCode).toBe(201);
    const res = await post(merchant, caseId, 'a'.repeat(2001));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.body).toBe('A message has at most 2000 characters.');
  });

  it('MSG-2: refuses a NUL character, extra fields and non-strings without a 500', async () => {
    expect((await post(consumer, caseId, 'a\u0000b')).statusCode).toBe(400);
    expect((await post(consumer, caseId, 42)).statusCode).toBe(400);
    const extra = await consumer.post(url(caseId), { body: 'x', authorRole: 'mediator' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.fields.authorRole).toBeDefined();
    expect(
      (await consumer.post(`/api/cases/${caseId}/threads/nope/messages`, { body: 'x' })).statusCode,
    ).toBe(400);
    expect((await consumer.get(`${url(caseId)}?limit=0`)).statusCode).toBe(400);
    expect((await consumer.get(`${url(caseId)}?before=abc`)).statusCode).toBe(400);
  });

  it('SEC-28: limits how many messages a person sends', async () => {
    const chatty = await person(t, ['consumer']);
    const { caseId: own } = await qcNegotiation(t, chatty, merchant);
    for (let i = 0; i < 30; i += 1)
      expect((await post(chatty, own, `n° ${i}`)).statusCode).toBe(201);
    const limited = await post(chatty, own, 'one too many');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });
});

describe('SEC-12, QC-16, QC-18: who reads which thread', () => {
  it('SEC-12: a stranger and staff get the 404 of a missing case', async () => {
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    expect((await post(merchant, caseId, 'Bonjour')).statusCode).toBe(201);
    const stranger = await person(t, ['consumer']);
    const otherMerchant = await person(t, ['merchant_representative']);
    for (const outsider of [stranger, otherMerchant, staff]) {
      for (const res of [
        await outsider.get(`/api/cases/${caseId}/threads`),
        await outsider.get(url(caseId)),
        await post(outsider, caseId, 'Intrusion'),
        await outsider.post(`/api/cases/${caseId}/threads/parties/read`, { upTo: 1 }),
      ]) {
        expect(res.statusCode, res.body).toBe(404);
        expect(res.json().error.code).toBe('not_found');
      }
    }
  });

  it('QC-16, QC-18, SEC-14: the mediator never reads the parties’ thread, which becomes read-only', async () => {
    const { caseId: negotiating } = await qcNegotiation(t, consumer, merchant);
    await expectOk(merchant.command(negotiating, { type: 'make_proposal', content: REPAIR }));
    expect((await post(consumer, negotiating, 'Notre échange privé')).statusCode).toBe(201);
    await expectOk(consumer.command(negotiating, { type: 'request_mediation' }));
    const mediator = await person(t, ['mediator']);
    await expectOk(
      staff.command(negotiating, { type: 'assign_mediator', mediatorUserId: mediator.id }),
    );
    const seen = (await expectOk(mediator.get(`/api/cases/${negotiating}/threads`))).threads;
    expect(seen.map((th: { kind: string }) => th.kind)).toEqual([
      'mediation',
      'mediator_consumer',
      'mediator_business',
    ]);
    expect((await mediator.get(url(negotiating))).statusCode).toBe(404);
    expect((await post(mediator, negotiating, 'Puis-je lire ?')).statusCode).toBe(404);
    expect((await expectOk(mediator.get('/api/unread'))).messages).toBe(0);

    const consumerThreads = (await expectOk(consumer.get(`/api/cases/${negotiating}/threads`)))
      .threads;
    expect(consumerThreads.find((th: { kind: string }) => th.kind === 'parties')).toMatchObject({
      state: 'read_only',
      canPost: false,
      messageCount: 1,
    });
    await expectRefused(post(consumer, negotiating, 'Encore ?'), 409, 'thread_read_only');
    expect((await expectOk(consumer.get(url(negotiating)))).messages).toHaveLength(1);

    // Each party's private thread with the mediator: the other party cannot read it.
    expect((await post(consumer, negotiating, 'En privé', 'mediator_consumer')).statusCode).toBe(
      201,
    );
    expect((await merchant.get(url(negotiating, 'mediator_consumer'))).statusCode).toBe(404);
    expect(
      (await expectOk(mediator.get(url(negotiating, 'mediator_consumer')))).messages,
    ).toHaveLength(1);
    expect((await post(mediator, negotiating, 'Bonjour à tous', 'mediation')).statusCode).toBe(201);
    expect((await expectOk(merchant.get(url(negotiating, 'mediation')))).messages).toHaveLength(1);
  });

  it('QC-22: a thread is read-only once the case closed without agreement', async () => {
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    expect((await post(consumer, caseId, 'Avant la fermeture')).statusCode).toBe(201);
    await expectOk(
      consumer.command(caseId, { type: 'close_case', reason: 'other', justification: 'Réglé.' }),
    );
    await expectRefused(post(merchant, caseId, 'Après'), 409, 'case_closed', 'en');
    const threads = (await expectOk(merchant.get(`/api/cases/${caseId}/threads`))).threads;
    expect(threads[0]).toMatchObject({ kind: 'parties', state: 'read_only', canPost: false });
  });
});

describe('MSG-4, SEC-24: e-mail alerts and in-app notifications', () => {
  it('SEC-24: the alert names the case, links to it and never carries the text; one per 15 minutes', async () => {
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    const secret = 'Mon numéro de carte est 4111 1111 1111 1111';
    const before = (await mailsTo(consumer, 'message_new')).length;
    expect((await post(merchant, caseId, secret)).statusCode).toBe(201);
    const alerts = await mailsTo(consumer, 'message_new');
    expect(alerts).toHaveLength(before + 1);
    const alert = alerts.at(-1)!;
    expect(alert.subject).toMatch(/Nouveau message dans le dossier OPC-\d+/);
    expect(alert.textBody).toContain(`/cases/${caseId}/messages`);
    for (const part of [alert.subject, alert.textBody, alert.htmlBody]) {
      expect(part).not.toContain('4111');
      expect(part).not.toContain('carte');
    }
    // Coalesced: a second message ten minutes later sends no e-mail…
    t.clock.advanceMinutes(10);
    expect((await post(merchant, caseId, 'Et un autre')).statusCode).toBe(201);
    expect(await mailsTo(consumer, 'message_new')).toHaveLength(before + 1);
    // …sixteen minutes after the first e-mail, one more goes out.
    t.clock.advanceMinutes(6);
    expect((await post(merchant, caseId, 'Encore un')).statusCode).toBe(201);
    expect(await mailsTo(consumer, 'message_new')).toHaveLength(before + 2);
    // The author is never alerted, and no "news in your case" e-mail doubles the alert.
    const stored = await t.ctx.database.db
      .select()
      .from(messages)
      .where(eq(messages.caseId, caseId));
    expect(stored).toHaveLength(3);
  });

  it('§9: case events and messages become notifications in the reader’s language, read one or all', async () => {
    const reader = await person(t, ['consumer']);
    const { caseId } = await qcNegotiation(t, reader, merchant);
    expect((await post(merchant, caseId, 'Texte confidentiel')).statusCode).toBe(201);
    const page = await expectOk(reader.get('/api/notifications'));
    const kinds = page.notifications.map((n: { kind: string }) => n.kind);
    expect([...kinds].sort()).toEqual(['case_submitted', 'merchant_took_charge', 'message_posted']);
    expect(page.unread).toBe(3);
    const message = page.notifications.find((n: { kind: string }) => n.kind === 'message_posted');
    expect(message.text).toMatch(/^Nouveau message dans le dossier OPC-\d+$/);
    expect(message.link).toBe(`/cases/${caseId}/messages`);
    expect(JSON.stringify(page)).not.toContain('confidentiel');
    const english = await (
      await reader.client()
    ).get('/api/notifications', {
      'accept-language': 'en',
    });
    const texts = english.json().notifications.map((n: { text: string }) => n.text);
    expect(texts).toContainEqual(expect.stringMatching(/^Case OPC-\d+: Case taken charge of$/));
    expect((await expectOk(reader.get('/api/unread'))).notifications).toBe(3);
    await expectOk(reader.post(`/api/notifications/${message.id}/read`, {}));
    expect((await expectOk(reader.get('/api/unread'))).notifications).toBe(2);
    // Someone else's notification is a 404; a malformed id a 400.
    expect(
      (await merchant.post(`/api/notifications/${page.notifications[1].id}/read`, {})).statusCode,
    ).toBe(404);
    expect((await reader.post('/api/notifications/nope/read', {})).statusCode).toBe(400);
    await expectOk(reader.post('/api/notifications/read-all', {}));
    expect((await expectOk(reader.get('/api/unread'))).notifications).toBe(0);
  });

  it('§9: pages notifications by key and refuses a forged key', async () => {
    const reader = await person(t, ['consumer']);
    for (let i = 0; i < 3; i += 1) {
      t.clock.advanceMinutes(1);
      await qcNegotiation(t, reader, merchant);
    }
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const query: string = after === null ? '' : `&after=${after}`;
      const page = await expectOk(reader.get(`/api/notifications?limit=4${query}`));
      ids.push(...page.notifications.map((n: { id: string }) => n.id));
      after = page.next;
    } while (after !== null);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    expect((await reader.get('/api/notifications?after=forged')).statusCode).toBe(400);
  });
});

describe('QC-18: mediation threads', () => {
  it('QC-18: the mediator and each party post in their private thread; others are refused', async () => {
    const { caseId, mediator } = await inMediation();
    expect((await post(mediator, caseId, 'Bonjour', 'mediator_business')).statusCode).toBe(201);
    expect((await post(consumer, caseId, 'Intrus', 'mediator_business')).statusCode).toBe(404);
    const alerts = await mailsTo(merchant, 'message_new');
    expect(alerts.length).toBeGreaterThan(0);
  });
});

describe('ORG-2: the business reads through the registry', () => {
  it('MSG-3 ORG-2: a respondent who is only a registry member counts the unread messages', async () => {
    const business = await insertBusiness(t);
    const respondent = await person(t, ['merchant_respondent']);
    await t.ctx.database.db.insert(businessMembers).values({
      businessId: business.id,
      userId: respondent.id,
      role: 'respondent',
      addedBy: staff.id,
      addedAt: t.clock.now(),
    });
    const caseId = await openQcCase(consumer, business.id as ReturnType<typeof crypto.randomUUID>);
    await joinBusiness(t, caseId, merchant);
    await expectOk(consumer.command(caseId, { type: 'submit_case', proposal: REFUND }));
    await expectOk(merchant.command(caseId, { type: 'take_charge' }));
    const before = (await expectOk(respondent.get('/api/unread'))).messages;
    expect((await post(consumer, caseId, 'Bonjour à l’entreprise')).statusCode).toBe(201);
    expect((await expectOk(respondent.get('/api/unread'))).messages).toBe(before + 1);
    const threads = (await expectOk(respondent.get(`/api/cases/${caseId}/threads`))).threads;
    expect(threads[0]).toMatchObject({ kind: 'parties', unread: 1 });
    expect(await caseMemberIds(t.ctx.database.db, caseId)).toContain(respondent.id);
  });
});

// Last in the file: it moves the shared clock 90 days ahead.
describe('QC-22: after an agreement', () => {
  it('QC-22: the parties keep writing in their thread until the 90th day, then it is read-only', async () => {
    const { caseId, consumerProposal } = await qcNegotiation(t, consumer, merchant);
    await expectOk(
      merchant.command(caseId, {
        type: 'accept_proposal',
        proposalId: consumerProposal,
        version: 1,
      }),
    );
    expect((await post(consumer, caseId, 'Merci, j’attends le virement.')).statusCode).toBe(201);
    let threads = (await expectOk(merchant.get(`/api/cases/${caseId}/threads`))).threads;
    expect(threads[0]).toMatchObject({ kind: 'parties', state: 'open', canPost: true });

    t.clock.advance(89 * 86_400_000);
    expect((await post(merchant, caseId, 'Virement envoyé.')).statusCode).toBe(201);
    t.clock.advance(2 * 86_400_000);
    await expectRefused(post(consumer, caseId, 'Reçu.'), 409, 'case_closed');
    threads = (await expectOk(consumer.get(`/api/cases/${caseId}/threads`))).threads;
    expect(threads[0]).toMatchObject({ kind: 'parties', state: 'read_only', canPost: false });
  });
});

describe('storage of the rows a post updates (migration 0012, issue 7)', () => {
  it('cases, threads and read marks keep a fifth of each page free for HOT updates', async () => {
    const result = await t.ctx.database.db.execute(sql`
      SELECT relname, reloptions FROM pg_class
      WHERE relname IN ('cases', 'message_threads', 'thread_reads') ORDER BY relname`);
    expect(rowsOf(result)).toEqual([
      { relname: 'cases', reloptions: ['fillfactor=80'] },
      { relname: 'message_threads', reloptions: ['fillfactor=80'] },
      { relname: 'thread_reads', reloptions: ['fillfactor=80'] },
    ]);
  });
});
