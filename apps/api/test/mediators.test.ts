/**
 * MDR-1, ACC-3: the mediator registry (staff and administrators with TOTP; 404 to anyone else):
 * enrolment with an activation e-mail, duplicates, the key-paged list, edits, withdrawal,
 * the FR independence declaration, and the activation link sent again.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountActivations, mediatorProfiles, users } from '../src/db/schema/index.js';
import { mediatorCandidates } from '../src/modules/mediators/mediator-availability.js';
import { demoAccounts, seedDemo } from '../src/seed/demo.js';
import { signedInClient } from './support/accounts.js';
import { person, type Person } from './support/cases.js';
import { createMediator, mediatorProfileOf } from './support/mediators.js';
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
function enrolment(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    email: `mediatrice-${counter}@cabinet.example`,
    givenName: 'Hélène',
    familyName: `Dubé ${counter}`,
    preferredLanguage: 'fr',
    programmes: ['qc'],
    sectors: ['Meubles', 'Télécommunications'],
    regions: ['Montréal'],
    ...overrides,
  };
}

async function enrol(overrides: Record<string, unknown> = {}) {
  const res = await staff.post('/api/staff/mediators', enrolment(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { userId: string; email: string };
}

const patch = async (who: Person, url: string, body: unknown) =>
  (await who.client()).patch(url, body);

describe('enrolling a mediator (MDR-1, ACC-3)', () => {
  it('MDR-1 creates the account, the profile and a 7-day activation e-mail in one go', async () => {
    const input = enrolment({
      programmes: ['fr', 'qc'],
      sectors: ['Meubles', ' meubles ', 'Voyage'],
      maxActiveCases: 12,
      profile: { jobTitle: 'Médiatrice accréditée', organisation: 'Cabinet Dubé' },
    });
    const res = await staff.post('/api/staff/mediators', input);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      email: input.email,
      givenName: 'Hélène',
      programmes: ['qc', 'fr'],
      sectors: ['Meubles', 'Voyage'],
      regions: ['Montréal'],
      accountStatus: 'invited',
      withdrawnAt: null,
      activeCases: 0,
      maxActiveCases: 12,
      nextAbsence: null,
      unavailableToday: false,
      totpEnrolled: false,
      independenceDeclaredOn: null,
      profile: { jobTitle: 'Médiatrice accréditée', organisation: 'Cabinet Dubé', workPhone: null },
      activationExpiresAt: new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString(),
      unavailability: [],
    });
    const [user] = await t.ctx.database.db
      .select()
      .from(users)
      .where(eq(users.email, input.email as string));
    expect(user).toMatchObject({ roles: ['mediator'], passwordHash: null });
    const mail = await lastMailTo(t.ctx, input.email as string);
    expect(mail?.subject).toBe('Entente – Activez votre compte');
    expect(mail?.textBody).toMatch(/\/activation\/[A-Za-z0-9_-]{43}\b/);
    expect(mail?.textBody).toContain(`Votre nom d’utilisateur : ${input.email}`);
    const read = await staff.get(`/api/staff/mediators/${res.json().userId}`);
    expect(read.json()).toEqual(res.json());
  });

  it('ACC-3 gives an existing account the role (no link when it already has a password)', async () => {
    const existing = await insertUser(t.ctx, 'deja-conciliatrice@example.org', ['consumer']);
    const res = await staff.post(
      '/api/staff/mediators',
      enrolment({ email: 'Deja-Conciliatrice@example.org' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ userId: existing.id, accountStatus: 'active' });
    const [user] = await t.ctx.database.db.select().from(users).where(eq(users.id, existing.id));
    expect(user!.roles).toEqual(['consumer', 'mediator']);
    const links = await t.ctx.database.db
      .select()
      .from(accountActivations)
      .where(eq(accountActivations.userId, existing.id));
    expect(links).toHaveLength(0);
  });

  it('MDR-1 refuses the same person twice: 409 on the e-mail field, fr and en', async () => {
    const first = await enrol();
    const again = await staff.post('/api/staff/mediators', enrolment({ email: first.email }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toEqual({
      email: 'Cette personne est déjà inscrite comme médiateur.',
    });
    const admin = await person(t, ['administrator'], { lang: 'en' });
    const inEnglish = await admin.post('/api/staff/mediators', enrolment({ email: first.email }));
    expect(inEnglish.json().error.fields).toEqual({
      email: 'This person is already registered as a mediator.',
    });
    const closed = await insertUser(t.ctx, 'compte-ferme@example.org', ['consumer']);
    await t.ctx.database.db
      .update(users)
      .set({ disabledAt: t.clock.now() })
      .where(eq(users.id, closed.id));
    const refused = await staff.post('/api/staff/mediators', enrolment({ email: closed.email }));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.fields.email).toMatch(/compte de cette adresse est fermé/);
  });

  it('MDR-1 answers bad input with one message per field, in the reader’s language', async () => {
    const bad = {
      email: 'pas-une-adresse',
      givenName: '   ',
      programmes: [],
      sectors: ['x'.repeat(101)],
      maxActiveCases: 0,
      profile: { workPhone: 'abc' },
      extra: true,
    };
    const res = await staff.post('/api/staff/mediators', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      fields: {
        email: 'Entrez une adresse courriel valide.',
        givenName: 'Ce champ est obligatoire.',
        familyName: 'Ce champ est obligatoire.',
        programmes: 'Ce champ est obligatoire.',
        'sectors.0': 'Au plus 100 caractères.',
        maxActiveCases: 'La valeur minimale est 1.',
        'profile.workPhone': 'Entrez un numéro de téléphone valide.',
        extra: 'Ce champ n’est pas permis.',
      },
    });
    const english = await person(t, ['staff'], { lang: 'en' });
    const en = await english.post('/api/staff/mediators', { ...enrolment(), programmes: ['be'] });
    expect(en.json().error.fields).toEqual({ 'programmes.0': 'Choose a value from the list.' });
  });
});

describe('the registry list (MDR-1)', () => {
  it('pages by key in name order and filters by programme and name prefix', async () => {
    const family = `Zz${Date.now()}`;
    for (const [given, programmes] of [
      ['Anne', ['qc']],
      ['Bruno', ['fr']],
      ['Chloé', ['qc', 'fr']],
    ] as const) {
      await enrol({ givenName: given, familyName: family, programmes });
    }
    const first = await staff.get(`/api/staff/mediators?q=${family.toLowerCase()}&limit=2`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().items.map((m: { givenName: string }) => m.givenName)).toEqual([
      'Anne',
      'Bruno',
    ]);
    const second = await staff.get(
      `/api/staff/mediators?q=${family}&limit=2&after=${first.json().next}`,
    );
    expect(second.json()).toMatchObject({ items: [{ givenName: 'Chloé' }], next: null });
    const fr = await staff.get(`/api/staff/mediators?q=${family}&programme=fr`);
    expect(fr.json().items.map((m: { givenName: string }) => m.givenName)).toEqual([
      'Bruno',
      'Chloé',
    ]);
    const bad = await staff.get('/api/staff/mediators?after=nonsense&programme=be');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['after', 'programme']);
  });
});

describe('editing a mediator (MDR-1)', () => {
  it('changes only what is sent; withdraws and reinstates', async () => {
    const { userId } = await enrol({ maxActiveCases: 5 });
    const url = `/api/staff/mediators/${userId}`;
    const edited = await patch(staff, url, { regions: ['Québec', 'Estrie'], withdrawn: true });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      regions: ['Québec', 'Estrie'],
      sectors: ['Meubles', 'Télécommunications'],
      maxActiveCases: 5,
      withdrawnAt: t.clock.now().toISOString(),
    });
    t.clock.advance(60_000);
    const stillWithdrawn = await patch(staff, url, { withdrawn: true, maxActiveCases: null });
    expect(stillWithdrawn.json()).toMatchObject({
      withdrawnAt: edited.json().withdrawnAt,
      maxActiveCases: null,
    });
    const reinstated = await patch(staff, url, { withdrawn: false, programmes: ['fr'] });
    expect(reinstated.json()).toMatchObject({ withdrawnAt: null, programmes: ['fr'] });
    expect((await mediatorProfileOf(t, userId))?.withdrawnAt).toBeNull();
  });

  it('MDR-1 (fr) records the independence declaration date, never after today in France', async () => {
    const { userId } = await enrol({ programmes: ['fr'] });
    const url = `/api/staff/mediators/${userId}`;
    const ok = await patch(staff, url, { independenceDeclaredOn: '2026-03-10' });
    expect(ok.json().independenceDeclaredOn).toBe('2026-03-10');
    const [row] = await t.ctx.database.db
      .select()
      .from(mediatorProfiles)
      .where(eq(mediatorProfiles.userId, userId));
    expect(row!.independenceDeclaredAt?.toISOString()).toBe('2026-03-09T23:00:00.000Z');
    const future = await patch(staff, url, { independenceDeclaredOn: '2026-03-11' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toEqual({
      independenceDeclaredOn:
        'La déclaration ne peut pas être datée après aujourd’hui (2026-03-10).',
    });
    const invalid = await patch(staff, url, { independenceDeclaredOn: '2026-02-30' });
    expect(invalid.json().error.fields).toEqual({
      independenceDeclaredOn: 'Entrez une date valide (AAAA-MM-JJ).',
    });
    const erased = await patch(staff, url, { independenceDeclaredOn: null });
    expect(erased.json().independenceDeclaredOn).toBeNull();
  });

  it('answers 404 for an unknown mediator and for an account that is not in the registry', async () => {
    const stranger = await person(t, ['mediator'], { registered: false });
    for (const id of [crypto.randomUUID(), stranger.id]) {
      expect((await staff.get(`/api/staff/mediators/${id}`)).statusCode).toBe(404);
      expect((await patch(staff, `/api/staff/mediators/${id}`, { regions: [] })).statusCode).toBe(
        404,
      );
    }
    expect((await staff.get('/api/staff/mediators/not-a-uuid')).json().error.fields).toEqual({
      id: 'Cette valeur n’est pas valide.',
    });
  });
});

describe('sending the activation link again (ACC-3)', () => {
  it('replaces the link while the account is invited, then refuses once it is active', async () => {
    const { userId, email } = await enrol();
    const firstMail = await lastMailTo(t.ctx, email);
    t.clock.advance(3 * 86_400_000);
    const res = await staff.post(`/api/staff/mediators/${userId}/activation`, {});
    expect(res.statusCode, res.body).toBe(200);
    const secondMail = await lastMailTo(t.ctx, email);
    expect(secondMail!.id).not.toBe(firstMail!.id);
    const links = await t.ctx.database.db
      .select()
      .from(accountActivations)
      .where(eq(accountActivations.userId, userId));
    expect(links).toHaveLength(1);
    expect((await staff.get(`/api/staff/mediators/${userId}`)).json().activationExpiresAt).toBe(
      new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString(),
    );
    const active = await createMediator(t);
    const refused = await staff.post(`/api/staff/mediators/${active.id}/activation`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('account_already_active');
  });
});

describe('demo data (MDR-1)', () => {
  it('seeds two demo mediators in the registry, and adds them to a database seeded before it', async () => {
    const demo = await createTestApp();
    try {
      expect(await seedDemo(demo.ctx)).toEqual({ created: true });
      const db = demo.ctx.database.db;
      const qc = await mediatorCandidates(db, 'qc', '2026-03-10');
      expect(qc.available.map((c) => c.email).sort()).toEqual([
        'mediateur@demo.entente.localhost',
        'mediatrice2@demo.entente.localhost',
      ]);
      expect(qc.available.find((c) => c.email.startsWith('mediatrice2'))?.nextAbsence).toEqual({
        startsOn: '2026-03-24',
        endsOn: '2026-04-02',
      });
      const away = await mediatorCandidates(db, 'qc', '2026-03-24');
      expect(away.unavailable.map((c) => [c.email, c.until])).toEqual([
        ['mediatrice2@demo.entente.localhost', '2026-04-02'],
      ]);
      const fr = await mediatorCandidates(db, 'fr', '2026-03-10');
      expect(fr.available.map((c) => c.email)).toEqual(['mediateur@demo.entente.localhost']);
      const account = demoAccounts.find((a) => a.email === 'mediatrice2@demo.entente.localhost')!;
      const { result } = await signedInClient(demo, account.email, account.password);
      expect(result).toMatchObject({ status: 'signed_in', session: { totpRequired: true } });

      // A database seeded before the registry: no profiles, no second mediator.
      await db.delete(mediatorProfiles);
      await db.delete(users).where(eq(users.email, account.email));
      expect(await seedDemo(demo.ctx)).toEqual({ created: false });
      expect(await db.select().from(mediatorProfiles)).toHaveLength(2);
      expect(await seedDemo(demo.ctx)).toEqual({ created: false });
      expect(await db.select().from(mediatorProfiles)).toHaveLength(2);
    } finally {
      await demo.close();
    }
  });
});
