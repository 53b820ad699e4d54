/**
 * ORG-1: "Mon entreprise" lists the businesses a person acts for, and where the programme does
 * not let the respondent manage representatives (qc) the respondent asks the office: the request
 * is e-mailed to staff through the outbox and announced in-app, with a link to the business's
 * staff page. Only the respondent may ask (404 to others); input is checked per field in the
 * reader's language; requests are rate-limited.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, notifications } from '../src/db/schema/index.js';
import { MEMBER_REQUEST_LIMIT } from '../src/modules/businesses/member-requests.js';
import { businessInput } from './support/businesses.js';
import { person, type Person } from './support/cases.js';
import { createTestApp, lastMailTo, type TestApp } from './support/test-app.js';

let t: TestApp;
let staff: Person;

beforeAll(async () => {
  t = await createTestApp();
  staff = await person(t, ['staff']);
});
afterAll(async () => t.close());

let counter = 0;
const nextEmail = (role: string) => {
  counter += 1;
  return `${role}-${counter}-${Math.random().toString(36).slice(2, 7)}@commerce.example`;
};

async function addMember(businessId: string, role: 'respondent' | 'representative', who?: Person) {
  const res = await staff.post(`/api/businesses/${businessId}/members`, {
    role,
    email: who?.user.email ?? nextEmail(role),
    givenName: 'Julie',
    familyName: `Gagnon ${counter}`,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { userId: string; email: string };
}

/** A qc business (the office manages representatives) with a respondent and a representative. */
async function qcBusiness(legalName = 'Meubles Laurentides inc.') {
  const res = await staff.post('/api/staff/businesses', businessInput({ legalName }));
  expect(res.statusCode, res.body).toBe(201);
  const business = res.json() as { id: string; registrationNumber: string };
  const respondent = await person(t, ['consumer']);
  const representative = await person(t, ['consumer']);
  await addMember(business.id, 'respondent', respondent);
  const rep = await addMember(business.id, 'representative', representative);
  return { business, respondent, representative, representativeId: rep.userId };
}

const requestsOf = (id: string) => `/api/businesses/${id}/member-requests`;
const addition = { action: 'add', givenName: 'Marc', familyName: 'Tremblay' };

describe('Mon entreprise (ORG-1)', () => {
  it('ORG-1: lists each business the person acts for, with its people for the respondent', async () => {
    const first = await qcBusiness('Alpha Électro inc.');
    const second = await staff.post('/api/staff/businesses', businessInput({ legalName: 'Zeta' }));
    await addMember(second.json().id, 'representative', first.respondent);
    const mine = await first.respondent.get('/api/merchant/businesses');
    expect(mine.statusCode, mine.body).toBe(200);
    const items = mine.json().items as { legalName: string; members: { status: string }[] }[];
    expect(items.map((b) => b.legalName)).toEqual(['Alpha Électro inc.', 'Zeta']);
    expect(items[0]).toMatchObject({
      registrationNumber: first.business.registrationNumber,
      canManageRepresentatives: false,
    });
    expect(items[0]!.members.map((m) => m.status)).toEqual(['pending', 'pending']);
    // A representative reads the business, not its people (the respondent's to manage).
    expect(items[1]!.members).toEqual([]);
    const stranger = await person(t, ['consumer']);
    expect((await stranger.get('/api/merchant/businesses')).json()).toEqual({ items: [] });
  });
});

describe('the respondent asks the office to add or remove a representative (ORG-1)', () => {
  it('ORG-1: an addition request is e-mailed to staff with a link and notified in-app', async () => {
    const { business, respondent } = await qcBusiness('Électro Saguenay inc.');
    const email = nextEmail('new');
    const res = await respondent.post(requestsOf(business.id), {
      ...addition,
      email,
      note: 'Elle remplace Luc au service après-vente.',
    });
    expect(res.statusCode, res.body).toBe(202);
    const mail = (await lastMailTo(t.ctx, staff.user.email))!;
    expect(mail.template).toBe('business_member_request');
    expect(mail.subject).toContain('Électro Saguenay inc.');
    expect(mail.textBody).toContain(`Marc Tremblay <${email}>`);
    expect(mail.textBody).toContain(respondent.user.email);
    expect(mail.textBody).toContain('Elle remplace Luc au service après-vente.');
    expect(mail.textBody).toContain(`/staff/businesses/${business.id}`);
    const list = (await staff.get('/api/notifications')).json();
    expect(list.notifications[0]).toMatchObject({
      kind: 'business_member_request',
      link: `/staff/businesses/${business.id}`,
      text: `Demande d’ajout d’un représentant pour l’entreprise ${business.registrationNumber}`,
    });
    // Nothing changed: staff grant the request on the business's page.
    const view = (await respondent.get(`/api/businesses/${business.id}`)).json();
    expect(view.members).toHaveLength(2);
  });

  it('ORG-1: a removal request names the representative; someone else is refused per field', async () => {
    const { business, respondent, representative, representativeId } = await qcBusiness();
    const res = await respondent.post(requestsOf(business.id), {
      action: 'remove',
      userId: representativeId,
    });
    expect(res.statusCode, res.body).toBe(202);
    const mail = (await lastMailTo(t.ctx, staff.user.email))!;
    expect(mail.textBody).toContain('demande le retrait');
    expect(mail.textBody).toContain(representative.user.email);
    const notMember = await respondent.post(requestsOf(business.id), {
      action: 'remove',
      userId: crypto.randomUUID(),
    });
    expect(notMember.statusCode).toBe(400);
    expect(notMember.json().error.fields).toEqual({
      userId: 'Choisissez une valeur de la liste.',
    });
  });

  it('SEC-12: a representative, a stranger and staff get 404; no e-mail is written', async () => {
    const { business, representative } = await qcBusiness();
    const stranger = await person(t, ['merchant_respondent']);
    const before = await t.ctx.database.db.$count(mailOutbox);
    for (const who of [representative, stranger, staff]) {
      const res = await who.post(requestsOf(business.id), { ...addition, email: nextEmail('x') });
      expect(res.statusCode).toBe(404);
    }
    const unknown = await representative.post(requestsOf(crypto.randomUUID()), {
      ...addition,
      email: nextEmail('x'),
    });
    expect(unknown.statusCode).toBe(404);
    expect(await t.ctx.database.db.$count(mailOutbox)).toBe(before);
  });

  it('ORG-1: bad input is a 400 with a message per field, in French and in English', async () => {
    const { business, respondent } = await qcBusiness();
    const body = { action: 'add', givenName: ' ', familyName: '', email: 'pas-un-courriel' };
    const fr = await respondent.post(requestsOf(business.id), { ...body, note: 'x'.repeat(1001) });
    expect(fr.statusCode).toBe(400);
    expect(fr.json().error.fields).toEqual({
      givenName: 'Ce champ est obligatoire.',
      familyName: 'Ce champ est obligatoire.',
      email: 'Entrez une adresse courriel valide.',
      note: 'Au plus 1000 caractères.',
    });
    const english = await person(t, ['consumer'], { lang: 'en' });
    await addMember(business.id, 'representative', english);
    const other = await qcBusiness();
    await staff.delete(
      `/api/businesses/${other.business.id}/members/respondent/${other.respondent.id}`,
    );
    await addMember(other.business.id, 'respondent', english);
    const en = await english.post(requestsOf(other.business.id), body);
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields).toEqual({
      givenName: 'This field is required.',
      familyName: 'This field is required.',
      email: 'Enter a valid e-mail address.',
    });
    const action = await english.post(requestsOf(other.business.id), { action: 'promote' });
    expect(action.statusCode).toBe(400);
    expect(Object.keys(action.json().error.fields)).toContain('action');
  });

  it('SEC-7: requests are rate-limited per respondent (429 with a retry delay)', async () => {
    const { business, respondent } = await qcBusiness();
    for (let i = 0; i < MEMBER_REQUEST_LIMIT.max; i += 1) {
      const res = await respondent.post(requestsOf(business.id), {
        ...addition,
        email: nextEmail('flood'),
      });
      expect(res.statusCode, res.body).toBe(202);
    }
    const refused = await respondent.post(requestsOf(business.id), {
      ...addition,
      email: nextEmail('flood'),
    });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    const written = await t.ctx.database.db.$count(
      notifications,
      and(eq(notifications.userId, staff.id), eq(notifications.kind, 'business_member_request')),
    );
    expect(written).toBeGreaterThanOrEqual(MEMBER_REQUEST_LIMIT.max);
  });
});
