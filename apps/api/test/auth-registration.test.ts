import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authChallenges, termsAcceptances, users } from '../src/db/schema/index.js';
import { registration, strongPassword } from './support/accounts.js';
import { Client } from './support/client.js';
import { createTestApp, lastCodeFor, lastMailTo, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('registration with e-mail proof (ACC-1, ACC-5)', () => {
  it('registers, e-mails a 6-digit code, and signs in once the code is verified', async () => {
    const client = new Client(t.app);
    const res = await client.post('/api/auth/register', registration('alice@example.org'));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ maskedEmail: 'a******@example.org', codeSent: true });
    const mail = await lastMailTo(t.ctx, 'alice@example.org');
    expect(mail?.subject).toContain('Code de vérification');
    const code = await lastCodeFor(t.ctx, 'alice@example.org');

    const before = await client.get('/api/auth/session');
    expect(before.json().user).toBeNull();
    const verified = await client.post('/api/auth/register/verify', {
      challengeId: res.json().challengeId,
      code,
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().user).toMatchObject({
      email: 'alice@example.org',
      roles: ['consumer'],
      givenName: 'Mateur',
    });
    const [user] = await t.ctx.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'alice@example.org'));
    expect(user?.emailVerifiedAt).not.toBeNull();
    const accepted = await t.ctx.database.db
      .select()
      .from(termsAcceptances)
      .where(eq(termsAcceptances.userId, user!.id));
    expect(accepted).toHaveLength(2);
  });

  it('answers an already registered address exactly like a new one and warns its owner', async () => {
    const client = new Client(t.app);
    await client.post('/api/auth/register', registration('dup@example.org'));
    await client.post('/api/auth/register/verify', { challengeId: '', code: '' });
    const first = await new Client(t.app).post(
      '/api/auth/register',
      registration('bob@example.org'),
    );
    const code = await lastCodeFor(t.ctx, 'bob@example.org');
    await new Client(t.app).post('/api/auth/register/verify', {
      challengeId: first.json().challengeId,
      code,
    });

    const again = await new Client(t.app).post(
      '/api/auth/register',
      registration('bob@example.org'),
    );
    expect(again.statusCode).toBe(201);
    expect(Object.keys(again.json()).sort()).toEqual(['challengeId', 'codeSent', 'maskedEmail']);
    expect((await lastMailTo(t.ctx, 'bob@example.org'))?.template).toBe('register_existing');
    const guess = await new Client(t.app).post('/api/auth/register/verify', {
      challengeId: again.json().challengeId,
      code: '123456',
    });
    expect(guess.statusCode).toBe(400);
    expect(guess.json().error.code).toBe('code_invalid');
  });

  it('gives one message per invalid field, in French or English, and never a 500 (SEC-16)', async () => {
    const fr = await new Client(t.app, 'fr').post('/api/auth/register', {
      email: 'x',
      password: 'court',
      role: 'administrator',
    });
    expect(fr.statusCode).toBe(400);
    expect(fr.json().error.code).toBe('validation_failed');
    expect(fr.json().error.fields).toMatchObject({
      email: 'Entrez une adresse courriel valide.',
      password: 'Le mot de passe doit contenir au moins 12 caractères.',
      givenName: 'Ce champ est obligatoire.',
      acceptTerms: 'Vous devez cocher cette case.',
      role: 'Ce champ n’est pas permis.',
    });
    const en = await new Client(t.app, 'en').post('/api/auth/register', { email: 'x' });
    expect(en.json().error.message).toBe('Some fields need to be corrected.');
    expect(en.json().error.fields.email).toBe('Enter a valid e-mail address.');
    expect(await t.ctx.database.db.select().from(users).where(eq(users.email, 'x'))).toHaveLength(
      0,
    );
  });

  it('refuses common and breached passwords with a field message (SEC-2)', async () => {
    for (const password of ['password1234', 'qwertyuiop123', 'aaaaaaaaaaaaaa']) {
      const res = await new Client(t.app).post(
        '/api/auth/register',
        registration(`weak-${password}@example.org`, { password }),
      );
      expect(res.statusCode, password).toBe(422);
      expect(res.json().error.fields.password).toMatch(/trop courant/);
    }
    const ok = await new Client(t.app).post(
      '/api/auth/register',
      registration('passphrase@example.org', { password: 'violet cheval agrafe 17' }),
    );
    expect(ok.statusCode).toBe(201);
  });

  it('asks to read the terms again when their version changed (ACC-5)', async () => {
    const res = await new Client(t.app).post(
      '/api/auth/register',
      registration('late@example.org', { termsVersion: 2 }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('terms_changed');
  });
});

describe('e-mailed codes (SEC-5)', () => {
  async function pendingRegistration(email: string) {
    const client = new Client(t.app);
    const res = await client.post('/api/auth/register', registration(email));
    return {
      client,
      challengeId: res.json().challengeId as string,
      code: await lastCodeFor(t.ctx, email),
    };
  }

  it('expires after 10 minutes', async () => {
    const { client, challengeId, code } = await pendingRegistration('late-code@example.org');
    t.clock.advance(10 * 60_000 + 1000);
    const res = await client.post('/api/auth/register/verify', { challengeId, code });
    expect(res.json().error.code).toBe('code_expired');
  });

  it('works once only', async () => {
    const { client, challengeId, code } = await pendingRegistration('once@example.org');
    expect((await client.post('/api/auth/register/verify', { challengeId, code })).statusCode).toBe(
      200,
    );
    const again = await new Client(t.app).post('/api/auth/register/verify', { challengeId, code });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('challenge_expired');
  });

  it('is bound to its own attempt', async () => {
    const a = await pendingRegistration('attempt-a@example.org');
    const b = await pendingRegistration('attempt-b@example.org');
    const res = await b.client.post('/api/auth/register/verify', {
      challengeId: b.challengeId,
      code: a.code === b.code ? '000000' : a.code,
    });
    expect(res.json().error.code).toBe('code_invalid');
  });

  it('dies at the fifth wrong try, even for the right code afterwards', async () => {
    const { client, challengeId, code } = await pendingRegistration('tries@example.org');
    const wrong = code === '111111' ? '222222' : '111111';
    const codes: string[] = [];
    for (let i = 0; i < 5; i++)
      codes.push(
        (await client.post('/api/auth/register/verify', { challengeId, code: wrong })).json().error
          .code,
      );
    expect(codes).toEqual([
      'code_invalid',
      'code_invalid',
      'code_invalid',
      'code_invalid',
      'code_locked',
    ]);
    expect(
      (await client.post('/api/auth/register/verify', { challengeId, code })).json().error.code,
    ).toBe('code_locked');
  });

  it('stores no code in clear', async () => {
    await pendingRegistration('scan@example.org');
    const rows = await t.ctx.database.db.select().from(authChallenges);
    for (const row of rows) expect(JSON.stringify(row)).not.toMatch(/"\d{6}"/);
    expect(rows.some((r) => r.codeHash !== null)).toBe(true);
  });

  it('a new code replaces the previous one', async () => {
    const { client, challengeId, code } = await pendingRegistration('resend@example.org');
    await client.post(`/api/auth/challenges/${challengeId}/code`);
    const fresh = await lastCodeFor(t.ctx, 'resend@example.org');
    if (fresh !== code) {
      expect(
        (await client.post('/api/auth/register/verify', { challengeId, code })).json().error.code,
      ).toBe('code_invalid');
    }
    expect(
      (await client.post('/api/auth/register/verify', { challengeId, code: fresh })).statusCode,
    ).toBe(200);
  });
});

describe('unproven accounts', () => {
  it('lets the real owner register again over an abandoned registration', async () => {
    await new Client(t.app).post(
      '/api/auth/register',
      registration('squat@example.org', { givenName: 'Intrus' }),
    );
    const owner = new Client(t.app);
    const res = await owner.post(
      '/api/auth/register',
      registration('squat@example.org', { givenName: 'Vraie', password: `${strongPassword}!` }),
    );
    const verified = await owner.post('/api/auth/register/verify', {
      challengeId: res.json().challengeId,
      code: await lastCodeFor(t.ctx, 'squat@example.org'),
    });
    expect(verified.json().user.givenName).toBe('Vraie');
  });
});
