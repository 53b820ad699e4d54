/**
 * ACC-3: the one-time activation link staff's enrolment e-mails — valid 7 days, single use,
 * stored hashed — where the person sets a password (SEC-1, SEC-2), completes the professional
 * profile and accepts the terms and confidentiality commitment (ACC-5); sign-in then works as
 * for everyone (ACC-2).
 */
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logRequest } from '../src/app.js';
import { accountActivations, termsAcceptances, users } from '../src/db/schema/index.js';
import { strongPassword, signedInClient } from './support/accounts.js';
import { businessInput } from './support/businesses.js';
import { person, type Person } from './support/cases.js';
import { Client } from './support/client.js';
import { createTestApp, lastMailTo, type TestApp } from './support/test-app.js';

let t: TestApp;
let staff: Person;
let businessId: string;

beforeAll(async () => {
  t = await createTestApp();
  staff = await person(t, ['staff']);
  const res = await staff.post(
    '/api/staff/businesses',
    businessInput({ legalName: 'Télécom Boréal inc.' }),
  );
  businessId = res.json().id;
});
afterAll(async () => t.close());

let counter = 0;
/** Staff add a representative: the activation e-mail arrives; returns its token. */
async function invite(lang: 'fr' | 'en' = 'fr') {
  counter += 1;
  const email = `activation-${counter}@boreal.example`;
  const res = await staff.post(`/api/businesses/${businessId}/members`, {
    role: 'representative',
    email,
    givenName: 'Karine',
    familyName: 'Roy',
    preferredLanguage: lang,
  });
  expect(res.statusCode, res.body).toBe(201);
  const text = (await lastMailTo(t.ctx, email))!.textBody!;
  const token = /\/activation\/([A-Za-z0-9_-]{43})\b/.exec(text)![1]!;
  return { email, token, userId: res.json().userId as string };
}

const activation = (token: string, overrides: Record<string, unknown> = {}) => ({
  token,
  password: strongPassword,
  profile: {
    jobTitle: 'Service à la clientèle',
    organisation: 'Télécom Boréal',
    workPhone: '514 555-0199',
  },
  acceptTerms: true,
  acceptConfidentiality: true,
  termsVersion: 1,
  confidentialityVersion: 1,
  ...overrides,
});

describe('activating an account (ACC-3)', () => {
  it('shows who the link is for, then sets the password, profile and terms; sign-in works', async () => {
    const { email, token, userId } = await invite();
    const client = new Client(t.app);
    const info = await client.post('/api/activation/lookup', { token });
    expect(info.statusCode, info.body).toBe(200);
    expect(info.json()).toEqual({
      email,
      givenName: 'Karine',
      familyName: 'Roy',
      organisation: 'Télécom Boréal inc.',
      expiresAt: new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString(),
    });
    const res = await client.post('/api/activation', activation(token));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ ok: true, email });
    expect(res.headers['set-cookie'] ?? '').not.toContain('entente_session');
    const [user] = await t.ctx.database.db.select().from(users).where(eq(users.id, userId));
    expect(user).toMatchObject({
      emailVerifiedAt: t.clock.now(),
      professionalProfile: {
        jobTitle: 'Service à la clientèle',
        organisation: 'Télécom Boréal',
        workPhone: '514 555-0199',
      },
      roles: ['merchant_representative'],
    });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const accepted = await t.ctx.database.db
      .select()
      .from(termsAcceptances)
      .where(and(eq(termsAcceptances.userId, userId), isNull(termsAcceptances.caseId)));
    expect(accepted).toHaveLength(2);
    const { result } = await signedInClient(t, email);
    expect(result).toMatchObject({ status: 'signed_in' });
  });

  it('ACC-3: the link works once — a second use is told apart (409)', async () => {
    const { token } = await invite();
    const client = new Client(t.app);
    expect((await client.post('/api/activation', activation(token))).statusCode).toBe(200);
    for (const url of ['/api/activation/lookup', '/api/activation']) {
      const body = url.endsWith('lookup') ? { token } : activation(token);
      const again = await client.post(url, body);
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('activation_used');
    }
  });

  it('ACC-3: the link is valid 7 days (ManualClock), then answers 410 in the reader’s language', async () => {
    const { token } = await invite();
    const english = new Client(t.app, 'en');
    t.clock.advance(7 * 86_400_000 - 60_000);
    expect((await english.post('/api/activation/lookup', { token })).statusCode).toBe(200);
    t.clock.advance(60_000);
    const expired = await english.post('/api/activation', activation(token));
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error).toEqual({
      code: 'activation_expired',
      message:
        'This activation link has expired (it was valid for 7 days). Contact us to receive a new one.',
    });
  });

  it('answers 404 to an unknown link and 400 to a malformed one', async () => {
    const client = new Client(t.app);
    const unknown = await client.post('/api/activation/lookup', { token: 'A'.repeat(43) });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('activation_invalid');
    const malformed = await client.post('/api/activation/lookup', { token: '../../etc' });
    expect(malformed.statusCode).toBe(400);
  });

  it('SEC-1, SEC-2, ACC-5: refuses short or breached passwords, missing profile and unticked boxes', async () => {
    const { token } = await invite();
    const client = new Client(t.app);
    const bad = await client.post('/api/activation', {
      ...activation(token),
      password: 'court',
      profile: { jobTitle: '', organisation: 'X', workPhone: 'abc', extra: 1 },
      acceptTerms: false,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({
      password: 'Le mot de passe doit contenir au moins 12 caractères.',
      'profile.jobTitle': 'Ce champ est obligatoire.',
      'profile.workPhone': 'Entrez un numéro de téléphone valide.',
      'profile.extra': 'Ce champ n’est pas permis.',
      acceptTerms: 'Vous devez cocher cette case.',
    });
    const common = await client.post(
      '/api/activation',
      activation(token, { password: 'password1234' }),
    );
    expect(common.statusCode).toBe(422);
    expect(common.json().error.fields.password).toContain('trop courant');
    const oldTerms = await client.post('/api/activation', activation(token, { termsVersion: 2 }));
    expect(oldTerms.statusCode).toBe(409);
    expect(oldTerms.json().error.code).toBe('terms_changed');
    // None of these used the link up.
    expect((await client.post('/api/activation', activation(token))).statusCode).toBe(200);
  });

  it('SEC-29: neither the database nor the request log holds the token in clear', async () => {
    const { token, userId } = await invite();
    const rows = await t.ctx.database.db
      .select()
      .from(accountActivations)
      .where(eq(accountActivations.userId, userId));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(logRequest({ id: '1', method: 'GET', url: `/activation/${token}?x=1` }).path).toBe(
      '/activation/…',
    );
  });

  it('ACC-3 is role-agnostic: the e-mail is in the person’s language', async () => {
    const { email } = await invite('en');
    const mail = (await lastMailTo(t.ctx, email))!;
    expect(mail.subject).toBe('Entente – Activate your account');
    expect(mail.textBody).toContain('This link is valid for 7 days and can be used once.');
  });
});
