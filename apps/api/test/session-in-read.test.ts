/**
 * The case page's reads and the merchant's "Mes dossiers" read the session in their own
 * statement (`sessionInRead`, issue 7). The session rules must hold there exactly as on routes
 * whose hook reads it: revocation and time-outs on the very next request (SEC-10, SEC-11,
 * SEC-15), TOTP for privileged roles (ACC-7), the same 401/403/404 answers.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { notifications, sessions, users } from '../src/db/schema/index.js';
import { type Authenticated, SESSION_COOKIE } from '../src/modules/auth/sessions.js';
import { REPAIR, expectOk, person, qcNegotiation, type Person } from './support/cases.js';
import { Client } from './support/client.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let consumer: Person;
let merchant: Person;
let caseId: string;

beforeAll(async () => {
  t = await createTestApp();
  consumer = await person(t, ['consumer']);
  merchant = await person(t, ['merchant_representative']);
  ({ caseId } = await qcNegotiation(t, consumer, merchant));
  await expectOk(merchant.command(caseId, { type: 'make_proposal', content: REPAIR }));
});
afterAll(async () => t.close());

const caseReads = (id: string) => [
  `/api/cases/${id}`,
  `/api/cases/${id}/events`,
  `/api/cases/${id}/proposals`,
  `/api/cases/${id}/threads`,
];

/** A fresh session of `who`, its id and a client carrying it. */
async function signedIn(who: Person, totpVerified = true) {
  const { session, token } = await t.ctx.sessions.create(t.ctx.database.db, who.user, {
    totpVerified,
    userAgent: 'vitest',
  });
  const client = new Client(t.app);
  client.cookies.set(SESSION_COOKIE, token);
  return { session, client };
}

const revokedAt = async (sessionId: string) =>
  (await t.ctx.database.db.select().from(sessions).where(eq(sessions.id, sessionId)))[0]!.revokedAt;

describe('routes that read the session in their own statement (issue 7)', () => {
  it('are these eight GET routes, all covered below', () => {
    const optedIn = t.app.routeInventory.filter((r) => r.sessionInRead);
    expect(optedIn.map((r) => `${r.method} ${r.url}`).sort()).toEqual(
      [
        'GET /api/cases/:id',
        'GET /api/cases/:id/events',
        'GET /api/cases/:id/proposals',
        'GET /api/cases/:id/threads',
        'GET /api/merchant/cases',
        'GET /api/staff/dashboard',
        'GET /api/staff/mediation-queue',
        'GET /api/unread',
      ].sort(),
    );
  });

  it('answer like the others without a session, with a revoked one and with a stranger', async () => {
    const anonymous = new Client(t.app);
    const reference = await anonymous.get(`/api/cases/${caseId}/actions`);
    expect(reference.statusCode).toBe(401);
    for (const url of [...caseReads(caseId), '/api/merchant/cases', '/api/unread']) {
      const res = await anonymous.get(url);
      expect(res.statusCode, url).toBe(401);
      expect(res.body).toBe(reference.body);
    }
    const { session, client } = await signedIn(consumer);
    for (const url of caseReads(caseId)) expect((await client.get(url)).statusCode, url).toBe(200);
    const unread = await t.ctx.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, consumer.id), isNull(notifications.readAt)));
    expect((await client.get('/api/unread')).json()).toEqual({
      messages: 0,
      notifications: unread.length,
    });
    await t.ctx.sessions.revoke(t.ctx.database.db, session.id);
    for (const url of [...caseReads(caseId), '/api/unread'])
      expect((await client.get(url)).statusCode, url).toBe(401);

    const stranger = await signedIn(await person(t, ['consumer']));
    const missing = caseReads(crypto.randomUUID());
    for (const [i, url] of caseReads(caseId).entries()) {
      const res = await stranger.client.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).toBe((await stranger.client.get(missing[i]!)).body);
    }
  });

  it('SEC-10: time a session out, revoke it, and touch an active one at most once a minute', async () => {
    const { session, client } = await signedIn(consumer);
    t.clock.advanceMinutes(2);
    expect((await client.get(`/api/cases/${caseId}`)).statusCode).toBe(200);
    const [touched] = await t.ctx.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, session.id));
    expect(touched!.lastSeenAt).toEqual(t.clock.now());
    t.clock.advanceMinutes(31);
    expect((await client.get('/api/unread')).statusCode).toBe(401);
    expect(await revokedAt(session.id)).toEqual(t.clock.now());

    const merchantSession = await signedIn(merchant);
    expect((await merchantSession.client.get('/api/merchant/cases')).statusCode).toBe(200);
    t.clock.advanceMinutes(31);
    expect((await merchantSession.client.get('/api/merchant/cases')).statusCode).toBe(401);
    expect(await revokedAt(merchantSession.session.id)).toEqual(t.clock.now());
  });

  it('SEC-11: a disabled account is out on its next request', async () => {
    const someone = await person(t, ['merchant_representative']);
    const { session, client } = await signedIn(someone);
    expect((await client.get('/api/merchant/cases')).statusCode).toBe(200);
    await t.ctx.database.db
      .update(users)
      .set({ disabledAt: t.clock.now() })
      .where(eq(users.id, someone.id));
    expect((await client.get('/api/merchant/cases')).statusCode).toBe(401);
    expect(await revokedAt(session.id)).not.toBeNull();
  });

  it('ACC-7: staff without the second factor get mfa_required; with it, metadata only', async () => {
    const staff = await person(t, ['staff']);
    const pending = await signedIn(staff, false);
    for (const url of caseReads(caseId)) {
      const res = await pending.client.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code).toBe('mfa_required');
    }
    const verified = await signedIn(staff);
    expect((await verified.client.get(`/api/cases/${caseId}`)).json().access).toBe('metadata');
    expect((await verified.client.get(`/api/cases/${caseId}/events`)).statusCode).toBe(200);
    // Party content (STF-2): the 404 of a case that does not exist.
    expect((await verified.client.get(`/api/cases/${caseId}/proposals`)).statusCode).toBe(404);
    expect((await verified.client.get(`/api/cases/${caseId}/threads`)).statusCode).toBe(404);
  });

  it.each(['/api/staff/dashboard', '/api/staff/mediation-queue'])(
    'STF-1, QC-15: %s applies the same rules (401, time-out, disabled, 404 to others)',
    async (url) => {
      const anonymous = await new Client(t.app).get(url);
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.body).toBe(
        (await new Client(t.app).get(`/api/cases/${caseId}/actions`)).body,
      );
      const stranger = await signedIn(consumer);
      const refused = await stranger.client.get(url);
      expect(refused.statusCode).toBe(404);
      expect(refused.body).toBe((await stranger.client.get('/api/no-such-route')).body);

      const staff = await person(t, ['staff']);
      const pending = await signedIn(staff, false);
      expect((await pending.client.get(url)).json().error.code).toBe('mfa_required');
      const timedOut = await signedIn(staff);
      const revoked = await signedIn(staff);
      expect((await timedOut.client.get(url)).statusCode).toBe(200);
      await t.ctx.sessions.revoke(t.ctx.database.db, revoked.session.id);
      expect((await revoked.client.get(url)).statusCode).toBe(401);
      t.clock.advanceMinutes(16);
      expect((await timedOut.client.get(url)).statusCode).toBe(401);
      expect(await revokedAt(timedOut.session.id)).toEqual(t.clock.now());

      const admin = await person(t, ['administrator']);
      const adminSession = await signedIn(admin);
      expect((await adminSession.client.get(url)).statusCode).toBe(200);
      await t.ctx.database.db
        .update(users)
        .set({ disabledAt: t.clock.now() })
        .where(eq(users.id, admin.id));
      expect((await adminSession.client.get(url)).statusCode).toBe(401);
      expect(await revokedAt(adminSession.session.id)).not.toBeNull();
    },
  );

  it('still validates the path first (400) and answers HEAD', async () => {
    const { client } = await signedIn(consumer);
    expect((await client.get('/api/cases/not-a-uuid/events')).statusCode).toBe(400);
    const head = await t.app.inject({
      method: 'HEAD',
      url: `/api/cases/${caseId}`,
      cookies: { [SESSION_COOKIE]: client.cookies.get(SESSION_COOKIE)! },
    });
    expect(head.statusCode).toBe(200);
  });

  it('carry the user without its secrets, on these routes and through the hook', async () => {
    const who = await person(t, ['consumer']);
    const own = await qcNegotiation(t, who, merchant);
    await t.ctx.database.db
      .update(users)
      .set({ passwordHash: 'stored-hash', totpSecretEnc: 'stored-secret', totpLastStep: 7 })
      .where(eq(users.id, who.user.id));
    const seen: Authenticated[] = [];
    const accept = t.ctx.sessions.accept.bind(t.ctx.sessions);
    const spy = vi.spyOn(t.ctx.sessions, 'accept').mockImplementation((db, row) => {
      seen.push(row);
      return accept(db, row);
    });
    try {
      const { client } = await signedIn(who);
      expect((await client.get(`/api/cases/${own.caseId}`)).statusCode).toBe(200);
      expect((await client.get(`/api/cases/${own.caseId}/actions`)).statusCode).toBe(200);
    } finally {
      spy.mockRestore();
    }
    expect(seen).toHaveLength(2);
    for (const row of seen) {
      expect(row.user.id).toBe(who.user.id);
      for (const secret of ['passwordHash', 'totpSecretEnc', 'totpLastStep']) {
        expect(row.user).not.toHaveProperty(secret);
      }
    }
  });
});
