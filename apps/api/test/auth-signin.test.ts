import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../src/db/schema/index.js';
import { argon2Params, hashPassword, needsRehash } from '../src/modules/auth/passwords.js';
import { registeredClient, signedInClient, strongPassword } from './support/accounts.js';
import { Client } from './support/client.js';
import { createTestApp, lastCodeFor, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await registeredClient(t, 'carla@example.org');
});
afterAll(async () => t.close());

describe('sign-in: password, then e-mailed code (ACC-2)', () => {
  it('follows the seed screens and opens a session', async () => {
    const client = new Client(t.app);
    const login = await client.post('/api/auth/login', {
      email: 'Carla@Example.org',
      password: strongPassword,
    });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({ maskedEmail: 'c******@example.org', codeSent: false });
    const { challengeId } = login.json();
    const sent = await client.post(`/api/auth/challenges/${challengeId}/code`);
    expect(sent.json().codeSent).toBe(true);
    const verify = await client.post(`/api/auth/challenges/${challengeId}/verify`, {
      code: await lastCodeFor(t.ctx, 'carla@example.org'),
    });
    expect(verify.json()).toMatchObject({
      status: 'signed_in',
      session: { user: { email: 'carla@example.org' }, totpRequired: false },
    });
    expect((await client.get('/api/account/profile')).statusCode).toBe(200);
  });

  it('says the same thing for a wrong password and an unknown address', async () => {
    const wrong = await new Client(t.app).post('/api/auth/login', {
      email: 'carla@example.org',
      password: 'not the password at all',
    });
    const unknown = await new Client(t.app).post('/api/auth/login', {
      email: 'nobody@example.org',
      password: 'not the password at all',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
  });

  it('sets a __Host- session cookie with every flag (SEC-8)', async () => {
    const client = new Client(t.app);
    const login = await client.post('/api/auth/login', {
      email: 'carla@example.org',
      password: strongPassword,
    });
    const { challengeId } = login.json();
    await client.post(`/api/auth/challenges/${challengeId}/code`);
    const verify = await client.post(`/api/auth/challenges/${challengeId}/verify`, {
      code: await lastCodeFor(t.ctx, 'carla@example.org'),
    });
    const header = [verify.headers['set-cookie']]
      .flat()
      .find((c) => String(c).startsWith('__Host-entente_session='));
    expect(header).toBeDefined();
    expect(header).toMatch(/; Path=\//);
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; Secure/);
    expect(header).toMatch(/; SameSite=Lax/);
    expect(header).not.toMatch(/Domain=/i);
    const value = String(header).split(';')[0]!.split('=')[1]!;
    expect(Buffer.from(value, 'base64url').length).toBeGreaterThanOrEqual(32);
  });

  it('rotates the session at sign-in and refuses the old cookie after sign-out (SEC-9, SEC-11)', async () => {
    const first = await signedInClient(t, 'carla@example.org');
    const firstCookie = first.client.cookies.get('__Host-entente_session');
    const second = await signedInClient(t, 'carla@example.org');
    expect(second.client.cookies.get('__Host-entente_session')).not.toBe(firstCookie);
    expect((await first.client.post('/api/auth/logout')).statusCode).toBe(200);
    const replay = new Client(t.app);
    replay.cookies.set('__Host-entente_session', firstCookie!);
    expect((await replay.get('/api/account/profile')).statusCode).toBe(401);
    expect((await second.client.get('/api/account/profile')).statusCode).toBe(200);
  });

  it('ends a session after 30 idle minutes and after 12 hours in all (SEC-10)', async () => {
    const { client } = await signedInClient(t, 'carla@example.org');
    t.clock.advanceMinutes(29);
    expect((await client.get('/api/account/profile')).statusCode).toBe(200);
    t.clock.advanceMinutes(30);
    t.clock.advance(1000);
    expect((await client.get('/api/account/profile')).statusCode).toBe(401);

    const busy = await signedInClient(t, 'carla@example.org');
    for (let hour = 0; hour < 12; hour++) {
      for (let i = 0; i < 3; i++) {
        t.clock.advanceMinutes(20);
        const status = (await busy.client.get('/api/account/profile')).statusCode;
        if (hour * 60 + (i + 1) * 20 < 12 * 60) expect(status).toBe(200);
        else expect(status).toBe(401);
      }
    }
  });

  it('lists sessions and ends another one (SEC-11)', async () => {
    await registeredClient(t, 'dora@example.org');
    const a = await signedInClient(t, 'dora@example.org');
    const b = await signedInClient(t, 'dora@example.org');
    const bId = (
      (await b.client.get('/api/account/sessions')).json().sessions as {
        id: string;
        current: boolean;
      }[]
    ).find((s) => s.current)!.id;
    const seenByA = (await a.client.get('/api/account/sessions')).json().sessions as {
      id: string;
      current: boolean;
    }[];
    expect(seenByA.filter((s) => s.current)).toHaveLength(1);
    expect(seenByA.map((s) => s.id)).toContain(bId);
    expect((await a.client.delete(`/api/account/sessions/${bId}`)).statusCode).toBe(200);
    expect((await b.client.get('/api/account/profile')).statusCode).toBe(401);
    expect((await a.client.get('/api/account/profile')).statusCode).toBe(200);
    const stranger = await registeredClient(t, 'eve@example.org');
    const aId = seenByA.find((s) => s.current)!.id;
    expect((await stranger.delete(`/api/account/sessions/${aId}`)).statusCode).toBe(404);
  });

  it('rehashes a weak legacy hash at sign-in (SEC-3)', async () => {
    const { default: argon2 } = await import('argon2');
    const weak = await argon2.hash(strongPassword, {
      type: argon2.argon2id,
      memoryCost: 4096,
      timeCost: 1,
      parallelism: 1,
    });
    await t.ctx.database.db
      .update(users)
      .set({ passwordHash: weak })
      .where(eq(users.email, 'carla@example.org'));
    await new Client(t.app).post('/api/auth/login', {
      email: 'carla@example.org',
      password: strongPassword,
    });
    const [user] = await t.ctx.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'carla@example.org'));
    expect(argon2Params(user!.passwordHash!)).toEqual({ m: 19456, t: 2, p: 1 });
    expect(needsRehash(user!.passwordHash!)).toBe(false);
  });

  it('stores only argon2id hashes at or above policy (SEC-3)', async () => {
    const rows = await t.ctx.database.db.select({ hash: users.passwordHash }).from(users);
    for (const { hash } of rows) {
      const params = argon2Params(hash ?? '');
      expect(params).not.toBeNull();
      expect(params!.m).toBeGreaterThanOrEqual(19456);
      expect(params!.t).toBeGreaterThanOrEqual(2);
      expect(params!.p).toBe(1);
    }
    expect(await hashPassword('x'.repeat(12))).not.toContain('x'.repeat(12));
  });
});

describe('throttling (SEC-4, SEC-28)', () => {
  it('answers 429 after 100 failures in an hour, and lets the owner in again later', async () => {
    await registeredClient(t, 'target@example.org');
    const attacker = new Client(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 101; i++) {
      const headers = { 'x-forwarded-for': `203.0.113.${i % 250}` };
      statuses.push(
        (
          await attacker.post(
            '/api/auth/login',
            { email: 'target@example.org', password: `wrong password ${i}` },
            headers,
          )
        ).statusCode,
      );
    }
    expect(statuses.slice(0, 100).every((s) => s === 401)).toBe(true);
    const blocked = await attacker.post('/api/auth/login', {
      email: 'target@example.org',
      password: strongPassword,
    });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().error.message).toMatch(/Réessayez dans \d+ minute/);
    t.clock.advanceMinutes(61);
    expect(
      (
        await new Client(t.app).post('/api/auth/login', {
          email: 'target@example.org',
          password: strongPassword,
        })
      ).statusCode,
    ).toBe(200);
  });
});
