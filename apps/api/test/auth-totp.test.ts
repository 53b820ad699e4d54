import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../src/modules/auth/totp.js';
import { signedInClient } from './support/accounts.js';
import { createTestApp, lastCodeFor, type TestApp } from './support/test-app.js';
import { insertUser } from './support/users.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await insertUser(t.ctx, 'staff@example.org', ['staff']);
  await insertUser(t.ctx, 'mediator@example.org', ['mediator']);
});
afterAll(async () => t.close());

describe('second factor for mediators, staff and administrators (ACC-7, SEC-6)', () => {
  it('marks a password-and-e-mail session as needing TOTP until the app is enrolled', async () => {
    const { client, result } = await signedInClient(t, 'staff@example.org');
    expect(result).toMatchObject({ status: 'signed_in', session: { totpRequired: true } });
    const setup = await client.post('/api/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl, qrSvg } = setup.json();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect(qrSvg).toMatch(/^<svg/);

    const wrong = await client.post('/api/auth/totp/confirm', {
      code: totpCodeAt(secret, new Date(t.clock.now().getTime() - 5 * 60_000)),
    });
    expect(wrong.json().error.code).toBe('totp_invalid');
    const before = client.cookies.get('__Host-entente_session');
    const confirmed = await client.post('/api/auth/totp/confirm', {
      code: totpCodeAt(secret, t.clock.now()),
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ totpRequired: false, user: { totpEnrolled: true } });
    // Privilege change rotates the session identifier (SEC-9).
    expect(client.cookies.get('__Host-entente_session')).not.toBe(before);
    return secret;
  });

  it('then asks for the authenticator code at every sign-in, and never accepts a code twice', async () => {
    const { client } = await signedInClient(t, 'mediator@example.org');
    const { secret } = (await client.post('/api/auth/totp/setup')).json();
    await client.post('/api/auth/totp/confirm', { code: totpCodeAt(secret, t.clock.now()) });
    t.clock.advance(31_000);

    const next = await signedInClient(t, 'mediator@example.org');
    expect(next.result).toEqual({ status: 'totp_required' });
    expect((await next.client.get('/api/account/profile')).statusCode).toBe(401);
    const code = totpCodeAt(secret, t.clock.now());
    const ok = await next.client.post(`/api/auth/challenges/${next.challengeId}/totp`, { code });
    expect(ok.json()).toMatchObject({ status: 'signed_in', session: { totpRequired: false } });

    const replay = await signedInClient(t, 'mediator@example.org');
    const again = await replay.client.post(`/api/auth/challenges/${replay.challengeId}/totp`, {
      code,
    });
    expect(again.json().error.code).toBe('totp_invalid');
  });

  it('cannot skip the e-mailed code to reach the TOTP step', async () => {
    const { Client } = await import('./support/client.js');
    const client = new Client(t.app);
    const login = await client.post('/api/auth/login', {
      email: 'mediator@example.org',
      password: 'Une phrase de passe assez longue 42',
    });
    const res = await client.post(`/api/auth/challenges/${login.json().challengeId}/totp`, {
      code: '123456',
    });
    expect(res.json().error.code).toBe('code_not_sent');
    await lastCodeFor(t.ctx, 'mediator@example.org');
  });
});
