/**
 * ORG-1: the business registry (staff and administrators with TOTP; 404 to anyone else),
 * registration numbers (NEQ: 10 digits; SIREN: 9 digits with Luhn), key-paged search, members
 * added by e-mail with an activation link for new accounts (ACC-3), and the respondent who
 * manages representatives when the programme allows it.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountActivations, businessMembers, mailOutbox, users } from '../src/db/schema/index.js';
import { demoBusinesses } from '../src/seed/demo-businesses.js';
import { demoAccounts, seedDemo } from '../src/seed/demo.js';
import { signedInClient } from './support/accounts.js';
import { businessInput, insertBusiness } from './support/businesses.js';
import { person, type Person } from './support/cases.js';
import { createTestApp, lastMailTo, type TestApp } from './support/test-app.js';
import { insertUser } from './support/users.js';

let t: TestApp;
let staff: Person;

beforeAll(async () => {
  t = await createTestApp();
  staff = await person(t, ['staff']);
});
afterAll(async () => t.close());

let counter = 0;
const member = (role: 'respondent' | 'representative', overrides: Record<string, unknown> = {}) => {
  counter += 1;
  return {
    role,
    email: `${role}-${counter}@commerce.example`,
    givenName: 'Julie',
    familyName: `Gagnon ${counter}`,
    ...overrides,
  };
};

async function register(overrides: Record<string, unknown> = {}) {
  const res = await staff.post('/api/staff/businesses', businessInput(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; registrationNumber: string };
}

describe('registering a business (ORG-1)', () => {
  it('stores the participation form and reads it back', async () => {
    const input = businessInput({ legalName: 'Télécom Boréal inc.', sector: 'Télécommunications' });
    const res = await staff.post('/api/staff/businesses', {
      ...input,
      registrationNumber: `${input.registrationNumber.slice(0, 4)} ${input.registrationNumber.slice(4)}`,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      programme: 'qc',
      legalName: 'Télécom Boréal inc.',
      registrationNumber: input.registrationNumber,
      addresses: input.addresses,
      sector: 'Télécommunications',
      participationDate: '2026-01-15',
      withdrawnAt: null,
      members: [],
      canManageRepresentatives: true,
    });
    const read = await staff.get(`/api/businesses/${res.json().id}`);
    expect(read.json()).toEqual(res.json());
  });

  it('ORG-1: checks the NEQ (10 digits) and the SIREN (9 digits, Luhn) per programme', async () => {
    const bad = [
      ['qc', '123456789', 'Le NEQ contient 10 chiffres.'],
      ['qc', '11234567AB', 'Le NEQ contient 10 chiffres.'],
      ['fr', '732829321', 'Le numéro SIREN contient 9 chiffres et doit être valide.'],
      ['fr', '7328293200', 'Le numéro SIREN contient 9 chiffres et doit être valide.'],
    ] as const;
    for (const [programme, registrationNumber, message] of bad) {
      const res = await staff.post(
        '/api/staff/businesses',
        businessInput({ programme, registrationNumber }),
      );
      expect(res.statusCode, registrationNumber).toBe(400);
      expect(res.json().error.fields).toEqual({ registrationNumber: message });
    }
    // 732 829 320 is a real SIREN (its Luhn sum is a multiple of 10).
    const valid = await staff.post(
      '/api/staff/businesses',
      businessInput({ programme: 'fr', registrationNumber: '732 829 320' }),
    );
    expect(valid.statusCode, valid.body).toBe(201);
    expect(valid.json().registrationNumber).toBe('732829320');
  });

  it('answers 400 per field in the reader’s language for bad input, never a 500', async () => {
    const res = await (
      await person(t, ['administrator'], { lang: 'en' })
    ).post('/api/staff/businesses', {
      programme: 'be',
      legalName: ' ',
      registrationNumber: 12,
      addresses: [],
      sector: '',
      participationDate: '2026-02-30',
      withdrawnAt: '2026-01-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toMatchObject({
      programme: 'Choose a value from the list.',
      legalName: 'This field is required.',
      registrationNumber: 'This field is required.',
      addresses: 'This field is required.',
      sector: 'This field is required.',
      participationDate: 'Enter a valid date (YYYY-MM-DD).',
      withdrawnAt: 'This field is not allowed.',
    });
  });

  it('refuses a registration number already registered in the programme (409)', async () => {
    const first = await register();
    const again = await staff.post(
      '/api/staff/businesses',
      businessInput({ registrationNumber: first.registrationNumber }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'business_duplicate',
      fields: { registrationNumber: expect.stringContaining('déjà inscrite') },
    });
    const other = await register();
    const { programme: _, ...fields } = businessInput({
      registrationNumber: first.registrationNumber,
    });
    const update = await staff.put(`/api/staff/businesses/${other.id}`, fields);
    expect(update.statusCode).toBe(409);
  });

  it('updates every field with a PUT, checks the number, and records a withdrawal', async () => {
    const business = await register();
    const { programme: _, ...fields } = businessInput({ legalName: 'Meubles Laurentides ltée' });
    const res = await staff.put(`/api/staff/businesses/${business.id}`, {
      ...fields,
      withdrawn: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      legalName: 'Meubles Laurentides ltée',
      withdrawnAt: t.clock.now().toISOString(),
    });
    const badNumber = await staff.put(`/api/staff/businesses/${business.id}`, {
      ...fields,
      registrationNumber: '12345',
    });
    expect(badNumber.statusCode).toBe(400);
    expect(badNumber.json().error.fields).toEqual({
      registrationNumber: 'Le NEQ contient 10 chiffres.',
    });
    const missing = await staff.put(`/api/staff/businesses/${crypto.randomUUID()}`, fields);
    expect(missing.statusCode).toBe(404);
  });
});

describe('searching the registry (ORG-1)', () => {
  it('finds by name prefix or registration number, paged by key without gaps or repeats', async () => {
    const names = ['Zircon Alpha', 'zircon Bêta', 'Zircon Gamma', 'Zircon Delta', 'Zircon Epsilon'];
    const made = [];
    for (const legalName of names) made.push(await insertBusiness(t, { legalName }));
    await insertBusiness(t, { legalName: 'Zircon Withdrawn', withdrawnAt: t.clock.now() });
    await insertBusiness(t, { legalName: 'Zircon France', programme: 'fr' });
    const seen: string[] = [];
    let url = '/api/staff/businesses?q=ZIRCON&participating=true&limit=2';
    for (let pages = 0; pages < 5; pages += 1) {
      const res = await staff.get(url);
      expect(res.statusCode, res.body).toBe(200);
      const { items, next } = res.json();
      expect(items.length).toBeLessThanOrEqual(2);
      seen.push(...items.map((b: { legalName: string }) => b.legalName));
      if (!next) break;
      url = `/api/staff/businesses?q=zircon&participating=true&limit=2&after=${next}`;
    }
    expect(seen).toEqual([
      'Zircon Alpha',
      'zircon Bêta',
      'Zircon Delta',
      'Zircon Epsilon',
      'Zircon Gamma',
    ]);
    const all = (await staff.get('/api/staff/businesses?q=zircon w')).json();
    expect(all.items.map((b: { legalName: string }) => b.legalName)).toEqual(['Zircon Withdrawn']);
    const fr = (await staff.get('/api/staff/businesses?programme=fr&q=zircon')).json();
    expect(fr.items.map((b: { legalName: string }) => b.legalName)).toEqual(['Zircon France']);
    const number = made[2]!.registrationNumber;
    const byNumber = await staff.get(
      `/api/staff/businesses?q=${encodeURIComponent(`${number.slice(0, 3)} ${number.slice(3)}`)}`,
    );
    expect(byNumber.json().items.map((b: { id: string }) => b.id)).toEqual([made[2]!.id]);
    const likeChars = await staff.get('/api/staff/businesses?q=%25');
    expect(likeChars.json().items).toEqual([]);
  });

  it('answers 400 for a forged cursor or a bad limit', async () => {
    const res = await staff.get('/api/staff/businesses?after=bm9wZQ&limit=0');
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['after', 'limit']);
  });
});

describe('who may use the registry (SEC-12, ACC-7)', () => {
  it('answers 404 to non-staff, mfa_required without TOTP, and lets administrators in', async () => {
    const business = await register();
    const { programme: _, ...fields } = businessInput();
    const routes = [
      ['POST', '/api/staff/businesses', businessInput()],
      ['GET', '/api/staff/businesses', undefined],
      ['PUT', `/api/staff/businesses/${business.id}`, fields],
      ['GET', `/api/businesses/${business.id}`, undefined],
      ['POST', `/api/businesses/${business.id}/members`, member('representative')],
    ] as const;
    const outsiders = [
      await person(t, ['consumer']),
      await person(t, ['merchant_respondent']),
      await person(t, ['mediator']),
    ];
    const noTotp = await person(t, ['staff'], { totp: false });
    const send = (who: Person, method: string, url: string, body: unknown) =>
      method === 'GET' ? who.get(url) : method === 'PUT' ? who.put(url, body) : who.post(url, body);
    for (const [method, url, body] of routes) {
      for (const who of outsiders) {
        expect((await send(who, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
      }
      expect((await send(noTotp, method, url, body)).json().error.code).toBe('mfa_required');
    }
    const admin = await person(t, ['administrator']);
    expect((await admin.get(`/api/businesses/${business.id}`)).statusCode).toBe(200);
  });
});

describe('members of a business (ORG-1, ACC-3)', () => {
  it('creates an account without password for a new address and e-mails a 7-day link', async () => {
    const business = await register({ legalName: 'Télécom Nordique inc.' });
    const body = member('respondent', { preferredLanguage: 'en' });
    const res = await staff.post(`/api/businesses/${business.id}/members`, body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ role: 'respondent', email: body.email, status: 'pending' });
    const [user] = await t.ctx.database.db.select().from(users).where(eq(users.email, body.email));
    expect(user).toMatchObject({
      passwordHash: null,
      emailVerifiedAt: null,
      roles: ['merchant_respondent'],
      preferredLanguage: 'en',
    });
    const mail = (await lastMailTo(t.ctx, body.email))!;
    expect(mail.subject).toBe('Entente – Activate your account');
    expect(mail.textBody).toContain('on behalf of “Télécom Nordique inc.”');
    expect(mail.textBody).toContain(`Your user name: ${body.email}`);
    const token = /\/activation\/([A-Za-z0-9_-]{43})/.exec(mail.textBody!)![1]!;
    const [stored] = await t.ctx.database.db
      .select()
      .from(accountActivations)
      .where(eq(accountActivations.userId, user!.id));
    expect(stored!.tokenHash).not.toContain(token);
    expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.expiresAt.getTime() - t.clock.now().getTime()).toBe(7 * 86_400_000);
    const view = (await staff.get(`/api/businesses/${business.id}`)).json();
    expect(view.members).toEqual([res.json()]);
  });

  it('gives an existing account the membership and the role, with no activation e-mail', async () => {
    const business = await register();
    const consumer = await insertUser(t.ctx, 'deja-inscrite@example.org', ['consumer']);
    const before = (await t.ctx.database.db.select().from(mailOutbox)).length;
    const res = await staff.post(
      `/api/businesses/${business.id}/members`,
      member('representative', { email: consumer.email }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().userId).toBe(consumer.id);
    const [user] = await t.ctx.database.db.select().from(users).where(eq(users.id, consumer.id));
    expect(user!.roles).toEqual(['consumer', 'merchant_representative']);
    expect((await t.ctx.database.db.select().from(mailOutbox)).length).toBe(before);
    const again = await staff.post(
      `/api/businesses/${business.id}/members`,
      member('representative', { email: consumer.email }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('business_already_member');
  });

  it('keeps one respondent at a time (409) and validates the member’s fields (400)', async () => {
    const business = await register();
    const url = `/api/businesses/${business.id}/members`;
    expect((await staff.post(url, member('respondent'))).statusCode).toBe(201);
    const second = await staff.post(url, member('respondent'));
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('business_has_respondent');
    const bad = await staff.post(url, { role: 'owner', email: 'nope', givenName: '' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      'email',
      'familyName',
      'givenName',
      'role',
    ]);
    const unknown = await staff.post(
      `/api/businesses/${crypto.randomUUID()}/members`,
      member('respondent'),
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('removes a member and the role with the last membership; a new link replaces the old', async () => {
    const business = await register();
    const added = (
      await staff.post(`/api/businesses/${business.id}/members`, member('representative'))
    ).json();
    const first = (await lastMailTo(t.ctx, added.email))!.textBody!;
    const resend = await staff.post(
      `/api/businesses/${business.id}/members/representative/${added.userId}/activation`,
      {},
    );
    expect(resend.statusCode, resend.body).toBe(200);
    const second = (await lastMailTo(t.ctx, added.email))!.textBody!;
    const tokenOf = (text: string) => /\/activation\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
    expect(tokenOf(second)).not.toBe(tokenOf(first));
    const lookup = (token: string) => staff.post('/api/activation/lookup', { token });
    expect((await lookup(tokenOf(first))).statusCode).toBe(404);
    expect((await lookup(tokenOf(second))).statusCode).toBe(200);
    const url = `/api/businesses/${business.id}/members/representative/${added.userId}`;
    expect((await staff.delete(url)).statusCode).toBe(200);
    expect((await staff.delete(url)).statusCode).toBe(404);
    const [user] = await t.ctx.database.db.select().from(users).where(eq(users.id, added.userId));
    expect(user!.roles).toEqual([]);
    expect((await staff.get(`/api/businesses/${business.id}`)).json().members).toEqual([]);
  });
});

describe('the respondent manages representatives when the programme allows it (ORG-1)', () => {
  async function withRespondent(programme: 'qc' | 'fr') {
    const business = await register({ programme });
    const respondent = await person(t, ['consumer']);
    await staff.post(
      `/api/businesses/${business.id}/members`,
      member('respondent', { email: respondent.user.email }),
    );
    return { business, respondent };
  }

  it('qc (seed 001): the respondent asks the office — 403 with the reason', async () => {
    const { business, respondent } = await withRespondent('qc');
    const view = (await respondent.get(`/api/businesses/${business.id}`)).json();
    expect(view.canManageRepresentatives).toBe(false);
    expect(view.members).toHaveLength(1);
    const res = await respondent.post(
      `/api/businesses/${business.id}/members`,
      member('representative'),
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('members_managed_by_office');
  });

  it('fr: the respondent adds and removes representatives, never a respondent', async () => {
    const { business, respondent } = await withRespondent('fr');
    expect((await respondent.get(`/api/businesses/${business.id}`)).json()).toMatchObject({
      canManageRepresentatives: true,
    });
    const added = await respondent.post(
      `/api/businesses/${business.id}/members`,
      member('representative'),
    );
    expect(added.statusCode, added.body).toBe(201);
    const asRespondent = await respondent.post(
      `/api/businesses/${business.id}/members`,
      member('respondent'),
    );
    expect(asRespondent.statusCode).toBe(403);
    const representative = await person(t, ['consumer']);
    await respondent.post(
      `/api/businesses/${business.id}/members`,
      member('representative', { email: representative.user.email }),
    );
    const repView = (await representative.get(`/api/businesses/${business.id}`)).json();
    expect(repView).toMatchObject({ members: [], canManageRepresentatives: false });
    const byRep = await representative.post(
      `/api/businesses/${business.id}/members`,
      member('representative'),
    );
    expect(byRep.statusCode).toBe(403);
    expect(byRep.json().error.code).toBe('forbidden');
    const removed = await respondent.delete(
      `/api/businesses/${business.id}/members/representative/${added.json().userId}`,
    );
    expect(removed.statusCode).toBe(200);
    const outsider = await person(t, ['merchant_respondent']);
    expect((await outsider.get(`/api/businesses/${business.id}`)).statusCode).toBe(404);
  });
});

describe('demo data (ORG-1)', () => {
  it('seeds two qc businesses, each with a respondent and a representative who can sign in', async () => {
    const demo = await createTestApp();
    try {
      expect(await seedDemo(demo.ctx)).toEqual({ created: true });
      const rows = await demo.ctx.database.db.select().from(businessMembers);
      for (const business of demoBusinesses) {
        const people = rows.filter((r) => r.businessId === business.id).map((r) => r.role);
        expect(people.sort()).toEqual(['representative', 'respondent']);
      }
      const account = demoAccounts.find((a) => a.email === demoBusinesses[1].respondent)!;
      const { result } = await signedInClient(demo, account.email, account.password);
      expect(result).toMatchObject({ status: 'signed_in' });
    } finally {
      await demo.close();
    }
  });
});
