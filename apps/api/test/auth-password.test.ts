import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordResetTokens } from '../src/db/schema/index.js';
import { registeredClient, signedInClient, strongPassword } from './support/accounts.js';
import { Client } from './support/client.js';
import { createTestApp, lastMailTo, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await registeredClient(t, 'frank@example.org');
});
afterAll(async () => t.close());

const newPassword = 'Un tout nouveau mot de passe 2026';

async function resetLink(email: string): Promise<string> {
  const mail = await lastMailTo(t.ctx, email);
  const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail?.textBody ?? '')?.[1];
  if (!token) throw new Error('no reset link');
  return token;
}

describe('forgotten password (ACC-4, SEC-7)', () => {
  it('answers byte for byte the same for known and unknown addresses', async () => {
    const known = await new Client(t.app).post('/api/auth/password/forgot', {
      email: 'frank@example.org',
    });
    const unknown = await new Client(t.app).post('/api/auth/password/forgot', {
      email: 'ghost@example.org',
    });
    expect(known.statusCode).toBe(200);
    expect(known.body).toBe(unknown.body);
    expect(await lastMailTo(t.ctx, 'ghost@example.org')).toBeUndefined();
    expect((await lastMailTo(t.ctx, 'frank@example.org'))?.template).toBe('password_reset');
  });

  it('uses a 256-bit single-use token that ends every session and sends a notice', async () => {
    const { client: other } = await signedInClient(t, 'frank@example.org');
    await new Client(t.app).post('/api/auth/password/forgot', { email: 'frank@example.org' });
    const token = await resetLink('frank@example.org');
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const rows = await t.ctx.database.db.select().from(passwordResetTokens);
    expect(rows.every((r) => r.tokenHash !== token)).toBe(true);

    const reset = await new Client(t.app).post('/api/auth/password/reset', {
      token,
      password: newPassword,
    });
    expect(reset.statusCode).toBe(200);
    expect((await other.get('/api/account/profile')).statusCode).toBe(401);
    expect((await lastMailTo(t.ctx, 'frank@example.org'))?.template).toBe('password_changed');
    const again = await new Client(t.app).post('/api/auth/password/reset', {
      token,
      password: `${newPassword}!`,
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('reset_token_invalid');
    // The reset signs nobody in: the e-mailed code (and TOTP) still apply.
    expect(reset.headers['set-cookie'] ?? '').not.toContain('__Host-entente_session=');
    await signedInClient(t, 'frank@example.org', newPassword);
  });

  it('expires after one hour', async () => {
    await new Client(t.app).post('/api/auth/password/forgot', { email: 'frank@example.org' });
    const token = await resetLink('frank@example.org');
    t.clock.advanceMinutes(61);
    const res = await new Client(t.app).post('/api/auth/password/reset', {
      token,
      password: 'Encore un autre mot de passe 7',
    });
    expect(res.json().error.code).toBe('reset_token_invalid');
  });

  it('refuses a common password with a field message', async () => {
    await new Client(t.app).post('/api/auth/password/forgot', { email: 'frank@example.org' });
    const token = await resetLink('frank@example.org');
    const res = await new Client(t.app, 'en').post('/api/auth/password/reset', {
      token,
      password: 'password1234',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.password).toMatch(/too common/);
  });
});

describe('changing the password when signed in (SEC-11)', () => {
  it('checks the current password, ends the other sessions, keeps this one', async () => {
    await registeredClient(t, 'gina@example.org');
    const a = await signedInClient(t, 'gina@example.org');
    const b = await signedInClient(t, 'gina@example.org');
    const wrong = await a.client.post('/api/account/password', {
      currentPassword: 'not it at all!',
      newPassword,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.currentPassword).toBe('Le mot de passe actuel est incorrect.');
    const ok = await a.client.post('/api/account/password', {
      currentPassword: strongPassword,
      newPassword,
    });
    expect(ok.statusCode).toBe(200);
    expect((await a.client.get('/api/account/profile')).statusCode).toBe(200);
    expect((await b.client.get('/api/account/profile')).statusCode).toBe(401);
    expect((await lastMailTo(t.ctx, 'gina@example.org'))?.template).toBe('password_changed');
  });
});

describe('profile', () => {
  it('updates names and language, refusing fields it does not own (SEC-16)', async () => {
    const client = await registeredClient(t, 'hugo@example.org');
    const bad = await client.patch('/api/account/profile', {
      givenName: 'Hugo',
      familyName: 'B',
      preferredLanguage: 'en',
      roles: ['administrator'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.roles).toBeDefined();
    const ok = await client.patch('/api/account/profile', {
      givenName: 'Hugo',
      familyName: 'Boucher',
      preferredLanguage: 'en',
      phone: '514 555-0101',
      address: { city: 'Montréal' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      givenName: 'Hugo',
      preferredLanguage: 'en',
      roles: ['consumer'],
      address: { city: 'Montréal' },
    });
    expect(ok.json()).not.toHaveProperty('passwordHash');
    const [row] = await t.ctx.database.db
      .select()
      .from(passwordResetTokens)
      .where(eq(passwordResetTokens.userId, ok.json().id));
    expect(row).toBeUndefined();
  });
});
