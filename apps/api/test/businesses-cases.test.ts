/**
 * ORG-1, ORG-2, QC-7, QC-9, QC-10, SEC-13, SEC-15: a merchant's access to cases comes from their
 * active membership in the case's business; the respondent is e-mailed each submitted case; the
 * merchant's "Mes dossiers" lists the business's cases by key with filters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBusiness } from './support/businesses.js';
import {
  REFUND,
  expectEveryCaseConsistent,
  expectOk,
  openQcCase,
  person,
  type Person,
} from './support/cases.js';
import { createTestApp, lastMailTo, type TestApp } from './support/test-app.js';

let t: TestApp;
let staff: Person;

beforeAll(async () => {
  t = await createTestApp();
  staff = await person(t, ['staff']);
});
afterAll(async () => {
  await expectEveryCaseConsistent(t);
  await t.close();
});

/** A business with a respondent and a representative added by staff (existing accounts). */
async function businessWithPeople(lang: 'fr' | 'en' = 'fr') {
  const business = await insertBusiness(t, { legalName: 'Meubles Laurentides inc.' });
  const respondent = await person(t, ['merchant_respondent'], { lang });
  const representative = await person(t, ['merchant_representative']);
  for (const [who, role] of [
    [respondent, 'respondent'],
    [representative, 'representative'],
  ] as const) {
    const res = await staff.post(`/api/businesses/${business.id}/members`, {
      role,
      email: who.user.email,
      givenName: who.user.givenName,
      familyName: who.user.familyName,
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  return { business, respondent, representative };
}

type Uuid = ReturnType<typeof crypto.randomUUID>;

async function submittedCase(consumer: Person, businessId: string) {
  const caseId = await openQcCase(consumer, businessId as Uuid);
  await expectOk(consumer.command(caseId, { type: 'submit_case', proposal: REFUND }));
  return caseId;
}

describe('access through the business registry (QC-9, QC-10, SEC-13, SEC-15)', () => {
  it('lets the business’s people act on its cases and nobody of another business', async () => {
    const { business, respondent, representative } = await businessWithPeople();
    const other = await businessWithPeople();
    const consumer = await person(t, ['consumer']);
    const caseId = await submittedCase(consumer, business.id);
    expect((await respondent.get(`/api/cases/${caseId}`)).statusCode).toBe(200);
    expect((await other.respondent.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    expect((await other.representative.command(caseId, { type: 'take_charge' })).statusCode).toBe(
      404,
    );
    const took = await expectOk(representative.command(caseId, { type: 'take_charge' }));
    expect(took.events).toEqual([expect.objectContaining({ type: 'merchant_took_charge' })]);
    const summary = (await consumer.get(`/api/cases/${caseId}`)).json();
    expect(summary.merchantRepresentative.userId).toBe(representative.id);
    const actions = (await respondent.get(`/api/cases/${caseId}/actions`)).json().actions;
    expect(actions).toContain('take_charge');
  });

  it('SEC-15: a removed member loses the case on the very next request (404)', async () => {
    const { business, representative } = await businessWithPeople();
    const consumer = await person(t, ['consumer']);
    const caseId = await submittedCase(consumer, business.id);
    await expectOk(representative.command(caseId, { type: 'take_charge' }));
    expect((await representative.get(`/api/cases/${caseId}`)).statusCode).toBe(200);
    const removed = await staff.delete(
      `/api/businesses/${business.id}/members/representative/${representative.id}`,
    );
    expect(removed.statusCode).toBe(200);
    expect((await representative.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    const proposal = await representative.command(caseId, {
      type: 'make_proposal',
      content: REFUND,
    });
    expect(proposal.statusCode).toBe(404);
    const list = (await representative.get('/api/merchant/cases')).json();
    expect(list.items).toEqual([]);
  });
});

describe('the respondent hears of each new case (ORG-2, QC-7)', () => {
  it('e-mails the respondent in their language, with the number and link, nothing confidential', async () => {
    const { business, respondent, representative } = await businessWithPeople('en');
    const consumer = await person(t, ['consumer']);
    const caseId = await submittedCase(consumer, business.id);
    const caseNumber = (await consumer.get(`/api/cases/${caseId}`)).json().caseNumber as string;
    const mail = (await lastMailTo(t.ctx, respondent.user.email))!;
    expect(mail.template).toBe('case_new');
    expect(mail.subject).toContain(caseNumber);
    expect(mail.textBody).toContain(`http://localhost:3000/cases/${caseId}`);
    expect(mail.textBody).not.toContain(REFUND.terms);
    // Word boundaries: the link's random UUID may contain "450".
    expect(mail.textBody).not.toMatch(/[Rr]emboursement|\b450\b/);
    expect(mail.subject).toMatch(/^Entente – /);
    expect(mail.textBody).toMatch(/^Hello,/);
    // The representatives hear when they take charge or are given the case, not of every new one.
    expect((await lastMailTo(t.ctx, representative.user.email))?.template).not.toBe('case_new');
  });
});

describe('the merchant’s “Mes dossiers” (issue 5 item 2)', () => {
  it('pages by key through the business’s cases with status, open/closed and “assigned to me”', async () => {
    const { business, respondent, representative } = await businessWithPeople();
    const elsewhere = await businessWithPeople();
    const consumer = await person(t, ['consumer']);
    const made: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      made.push(await submittedCase(consumer, business.id));
      t.clock.advance(60_000);
    }
    const draft = await openQcCase(consumer, business.id as Uuid);
    await submittedCase(consumer, elsewhere.business.id);
    await expectOk(representative.command(made[1]!, { type: 'take_charge' }));
    await expectOk(
      consumer.command(made[3]!, {
        type: 'close_case',
        reason: 'other',
        justification: 'Réglé directement avec le commerçant.',
      }),
    );
    const seen: string[] = [];
    let url = '/api/merchant/cases?limit=2';
    for (let pages = 0; pages < 5; pages += 1) {
      const res = await respondent.get(url);
      expect(res.statusCode, res.body).toBe(200);
      seen.push(...res.json().items.map((c: { id: string }) => c.id));
      if (!res.json().next) break;
      url = `/api/merchant/cases?limit=2&after=${res.json().next}`;
    }
    expect(seen).toEqual([...made].reverse());
    expect(seen).not.toContain(draft);
    const first = (await respondent.get('/api/merchant/cases?limit=5')).json().items;
    expect(first.find((c: { id: string }) => c.id === made[1])).toMatchObject({
      status: 'negotiation',
      consumerName: `${consumer.user.givenName} ${consumer.user.familyName}`,
      businessName: 'Meubles Laurentides inc.',
      representative: {
        userId: representative.id,
        name: `${representative.user.givenName} ${representative.user.familyName}`,
      },
    });
    const ids = async (query: string, who: Person = respondent) =>
      (await who.get(`/api/merchant/cases?${query}`)).json().items.map((c: { id: string }) => c.id);
    expect(await ids('filter=closed')).toEqual([made[3]]);
    expect(await ids('filter=open')).toEqual([made[4], made[2], made[1], made[0]]);
    expect(await ids('status=closed')).toEqual([made[3]]);
    expect(await ids('assigned=me', representative)).toEqual([made[1]]);
    expect(await ids('assigned=me')).toEqual([]);
    expect(await ids('', elsewhere.respondent)).toHaveLength(1);
    const consumerView = await consumer.get('/api/merchant/cases');
    expect(consumerView.json()).toEqual({ items: [], next: null });
  });

  it('answers 400 for an unknown status, a forged cursor or a bad filter', async () => {
    const { respondent } = await businessWithPeople();
    const res = await respondent.get('/api/merchant/cases?status=draft&after=abc&assigned=you');
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['after', 'assigned', 'status']);
  });
});
