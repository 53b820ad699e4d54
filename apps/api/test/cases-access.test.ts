/**
 * Who may see and open cases (SPEC §2: every denial is the same 404; STF-2: staff read metadata;
 * ACC-7), bad input, and "my cases" with key-based pagination.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REFUND,
  REPAIR,
  expectEveryCaseConsistent,
  expectOk,
  expectRefused,
  joinBusiness,
  newBusinessId,
  openFrCase,
  openQcCase,
  person,
  qcNegotiation,
  type Person,
} from './support/cases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let consumer: Person;
let merchant: Person;
let staff: Person;
let caseId: string;

beforeAll(async () => {
  t = await createTestApp();
  consumer = await person(t, ['consumer']);
  merchant = await person(t, ['merchant_representative']);
  staff = await person(t, ['staff']);
  ({ caseId } = await qcNegotiation(t, consumer, merchant));
  await expectOk(merchant.command(caseId, { type: 'make_proposal', content: REPAIR }));
});
afterAll(async () => {
  await expectEveryCaseConsistent(t);
  await t.close();
});

const routes = (id: string) =>
  [
    ['GET', `/api/cases/${id}`],
    ['GET', `/api/cases/${id}/events`],
    ['GET', `/api/cases/${id}/actions`],
    ['POST', `/api/cases/${id}/commands`],
  ] as const;

async function call(who: Person, method: 'GET' | 'POST', url: string) {
  return method === 'GET' ? who.get(url) : who.command(url.split('/')[3]!, { type: 'take_charge' });
}

describe('every denial of access is the 404 of a case that does not exist (SPEC §2)', () => {
  it('answers 404 to a stranger, another case’s members and an unassigned mediator', async () => {
    const otherConsumer = await person(t, ['consumer']);
    const otherMerchant = await person(t, ['merchant_representative']);
    const otherCase = await openQcCase(otherConsumer);
    await joinBusiness(t, otherCase, otherMerchant);
    const outsiders = [
      await person(t, ['consumer']),
      otherConsumer,
      otherMerchant,
      await person(t, ['mediator']),
      await person(t, ['merchant_respondent']),
    ];
    const missing = crypto.randomUUID();
    for (const [method, url] of routes(caseId)) {
      for (const outsider of outsiders) {
        const res = await call(outsider, method, url);
        const nothing = await call(outsider, method, url.replace(caseId, missing));
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        expect(res.body).toBe(nothing.body);
        expect(res.json().error.code).toBe('not_found');
      }
    }
  });

  it('forgets a replaced mediator', async () => {
    const { caseId: mediated } = await qcNegotiation(t, consumer, merchant);
    await expectOk(merchant.command(mediated, { type: 'make_proposal', content: REPAIR }));
    await expectOk(consumer.command(mediated, { type: 'request_mediation' }));
    const first = await person(t, ['mediator']);
    const second = await person(t, ['mediator']);
    await expectOk(staff.command(mediated, { type: 'assign_mediator', mediatorUserId: first.id }));
    await expectOk(first.get(`/api/cases/${mediated}`));
    await expectOk(staff.command(mediated, { type: 'assign_mediator', mediatorUserId: second.id }));
    expect((await first.get(`/api/cases/${mediated}`)).statusCode).toBe(404);
    await expectOk(second.get(`/api/cases/${mediated}`));
    // The engine's rule first (a party cannot mediate), then the account's role.
    await expectRefused(
      staff.command(mediated, { type: 'assign_mediator', mediatorUserId: consumer.id }),
      422,
      'mediator_is_party',
    );
    const notMediator = await person(t, ['consumer']);
    // MDR-1: only someone in the mediator registry; the form shows it on the chosen field.
    const refused = await staff.command(mediated, {
      type: 'assign_mediator',
      mediatorUserId: notMediator.id,
    });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'not_a_mediator',
      fields: { mediatorUserId: expect.any(String) },
    });
  });
});

describe('staff read metadata only (STF-2) and never act as a party', () => {
  it('shows statuses, dates and people but no proposal content', async () => {
    const summary = await expectOk(staff.get(`/api/cases/${caseId}`));
    expect(summary).toMatchObject({
      access: 'metadata',
      status: 'negotiation',
      proposals: null,
      negotiationTurn: null,
      myRoles: ['staff'],
      merchantRepresentative: { userId: merchant.id },
    });
    const { events } = await expectOk(staff.get(`/api/cases/${caseId}/events`));
    const proposal = events.find((e: { type: string }) => e.type === 'proposal_made');
    expect(proposal).toMatchObject({ payload: null, label: 'Nouvelle proposition' });
    const forParty = await expectOk(consumer.get(`/api/cases/${caseId}/events`));
    expect(forParty.events[2]).toMatchObject({
      seq: 3,
      type: 'proposal_made',
      payload: { author: 'consumer', content: REFUND },
    });
    await expectRefused(
      staff.command(caseId, { type: 'make_proposal', content: REFUND }),
      403,
      'role_not_allowed',
    );
  });

  it('lists for each reader the actions the engine allows now', async () => {
    expect((await expectOk(consumer.get(`/api/cases/${caseId}/actions`))).actions).toEqual(
      expect.arrayContaining([
        'make_proposal',
        'accept_proposal',
        'request_mediation',
        'close_case',
      ]),
    );
    const merchantActions = (await expectOk(merchant.get(`/api/cases/${caseId}/actions`))).actions;
    expect(merchantActions).toContain('modify_proposal');
    expect(merchantActions).not.toContain('make_proposal'); // QC-12: awaiting the consumer
    expect((await expectOk(staff.get(`/api/cases/${caseId}/actions`))).actions).toEqual([]);
  });
});

describe('ACC-7: privileged users see no case before their second factor', () => {
  it('answers 403 mfa_required to a staff member without TOTP', async () => {
    const pending = await person(t, ['staff'], { totp: false });
    await expectRefused(pending.get('/api/cases'), 403, 'mfa_required');
    await expectRefused(pending.get(`/api/cases/${caseId}`), 403, 'mfa_required');
  });
});

describe('bad input is a 400 with a message per field', () => {
  it('refuses unknown commands, extra fields, bad ids and bad cursors', async () => {
    const bad = async (
      res: Promise<{ statusCode: number; json: () => unknown }>,
      field: string,
    ) => {
      const response = await res;
      expect(response.statusCode).toBe(400);
      const error = (response.json() as { error: { code: string; fields: Record<string, string> } })
        .error;
      expect(error.code).toBe('validation_failed');
      expect(error.fields[field], JSON.stringify(error.fields)).toMatch(/\w/);
    };
    await bad(consumer.command(caseId, { type: 'teleport' }), 'type');
    await bad(consumer.command(caseId, { type: 'take_charge', version: 3 }), 'version');
    await bad(
      consumer.command(caseId, { type: 'make_proposal', content: { ...REFUND, solutions: [] } }),
      'content.solutions',
    );
    await bad(
      consumer.command(caseId, {
        type: 'make_proposal',
        proposalId: crypto.randomUUID(),
        content: REFUND,
      }),
      'proposalId',
    );
    await bad(consumer.get('/api/cases/not-a-uuid'), 'id');
    await bad(consumer.command('1234', { type: 'take_charge' }), 'id');
    await bad(consumer.get('/api/cases?after=nonsense'), 'after');
    await bad(consumer.get('/api/cases?limit=1000'), 'limit');
    const settings = { programme: 'qc', referenceNumber: '7654321', businessId: newBusinessId() };
    await bad(
      consumer.post('/api/cases', { ...settings, settings: { draftExpiryDays: 999 } }),
      'settings',
    );
  });
});

describe('opening a case follows the engine (QC-2, FR-1, FR-4)', () => {
  it('lets consumers open for themselves and staff file a postal fr request', async () => {
    // QC-2: a qc case is only created from an intake's access code, never directly.
    const qc = { programme: 'qc', referenceNumber: '5550001', businessId: newBusinessId() };
    for (const who of [consumer, staff, merchant]) {
      await expectRefused(who.post('/api/cases', qc), 422, 'access_code_required');
    }
    const frOwn = {
      programme: 'fr',
      referenceNumber: '5550003',
      businessId: newBusinessId(),
      prefiling: { writtenComplaintSent: true, complaintUnderOneYear: true },
    };
    await expectRefused(merchant.post('/api/cases', frOwn), 403, 'role_not_allowed');
    await expectRefused(
      consumer.post('/api/cases', { ...frOwn, consumerUserId: merchant.id }),
      422,
      'invalid_command',
    );
    const opened = await consumer.post('/api/cases', frOwn);
    expect(opened.statusCode).toBe(201);
    expect(opened.json()).toMatchObject({
      caseNumber: 'MED-5550003',
      status: 'awaiting_professional',
      version: 1,
    });
    await expectRefused(consumer.post('/api/cases', frOwn), 409, 'case_number_taken');
    const fr = {
      programme: 'fr',
      referenceNumber: '5550002',
      businessId: newBusinessId(),
      prefiling: { writtenComplaintSent: true, complaintUnderOneYear: false },
    };
    await expectRefused(consumer.post('/api/cases', fr), 422, 'prefiling_not_admissible');
    const postal = {
      ...fr,
      channel: 'post',
      consumerUserId: consumer.id,
      prefiling: { writtenComplaintSent: true, complaintUnderOneYear: true },
    };
    await expectRefused(
      staff.post('/api/cases', { ...postal, consumerUserId: staff.id }),
      422,
      'consumer_not_found',
    );
    const filed = await staff.post('/api/cases', postal);
    expect(filed.statusCode, filed.body).toBe(201);
    const summary = await expectOk(consumer.get(`/api/cases/${filed.json().id}`));
    expect(summary).toMatchObject({
      channel: 'post',
      status: 'awaiting_professional',
      access: 'full',
    });
  });
});

describe('"my cases": the cases one is a member of, by pages', () => {
  it('pages by an opaque key and filters open and closed cases', async () => {
    const reader = await person(t, ['consumer']);
    const opened: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      t.clock.advanceMinutes(1);
      opened.push(i % 2 === 0 ? await openQcCase(reader) : await openFrCase(reader));
    }
    await expectOk(
      reader.command(opened[0]!, {
        type: 'close_case',
        reason: 'other',
        justification: 'Plus besoin.',
      }),
    );
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const query: string = after === null ? '' : `&after=${after}`;
      const page = await expectOk(reader.get(`/api/cases?limit=2${query}`));
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item: { id: string }) => item.id));
      after = page.next;
    } while (after !== null);
    expect(seen).toEqual([...opened].reverse());
    const closed = await expectOk(reader.get('/api/cases?filter=closed'));
    expect(closed.items).toEqual([
      expect.objectContaining({ id: opened[0], outcome: 'withdrawn' }),
    ]);
    expect((await expectOk(reader.get('/api/cases?filter=open'))).items).toHaveLength(4);
    expect((await expectOk(staff.get('/api/cases'))).items).toEqual([]);
    const mine = await expectOk(merchant.get('/api/cases'));
    expect(mine.items.map((item: { id: string }) => item.id)).toContain(caseId);
  });
});
