/**
 * SEC-12: the generated authorisation matrix — every case-scoped route of the app × every
 * persona × a case in negotiation and one in mediation → the expected status; every denial is
 * the 404 of a case that does not exist (anonymous: 401). SEC-13: a property over random
 * businesses and cases — nothing a member of business A lists names another business's case,
 * and another business's document ids are 404. SEC-14: the thread rows are the message
 * visibility matrix.
 */
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBusiness } from './support/businesses.js';
import {
  REFUND,
  expectEveryCaseConsistent,
  expectOk,
  openQcCase,
  person,
} from './support/cases.js';
import type { Person } from './support/cases.js';
import { Client } from './support/client.js';
import { MATRIX_ROWS, isCaseScoped, type MatrixRequest } from './support/matrix-routes.js';
import {
  PERSONAS,
  addMembers,
  buildMatrixWorld,
  uploadDocument,
  type CaseKey,
  type MatrixWorld,
  type Persona,
} from './support/matrix-world.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let world: MatrixWorld;
/** The body every signed-in reader gets for a case that does not exist. */
let missingCaseBody: string;

beforeAll(async () => {
  t = await createTestApp();
  world = await buildMatrixWorld(t);
  missingCaseBody = (await world.people.stranger.get(`/api/cases/${crypto.randomUUID()}`)).body;
}, 60_000);
afterAll(async () => {
  await expectEveryCaseConsistent(t);
  await t.close();
});

/** Success, or the engine's refusal for a role or state reason: never 404, never 5xx. */
const VISIBLE = new Set([200, 201, 204, 403, 409, 410, 422]);

async function send(persona: Persona, request: MatrixRequest): Promise<LightMyRequestResponse> {
  const client = persona === 'anonymous' ? new Client(t.app) : await world.people[persona].client();
  return client.request(request.method, request.url, request.body, request.headers);
}

describe('route inventory (SEC-12)', () => {
  it('SEC-12: every case-scoped route of the app has a row in the matrix, and no row is stale', () => {
    const inventory = t.app.routeInventory.map((r) => `${r.method} ${r.url}`);
    const caseRoutes = inventory.filter(isCaseScoped);
    expect(caseRoutes.length).toBeGreaterThan(20);
    const covered = new Set(MATRIX_ROWS.map((row) => row.route));
    expect(caseRoutes.filter((route) => !covered.has(route))).toEqual([]);
    expect([...covered].filter((route) => !inventory.includes(route))).toEqual([]);
  });
});

describe('authorisation matrix (SEC-12, SEC-14)', () => {
  // The case consumer goes last: their success on the deletion row removes that document.
  const order: Persona[] = [...PERSONAS.filter((p) => p !== 'consumer'), 'consumer'];

  it.each<CaseKey>(['negotiation', 'mediation'])(
    'SEC-12: on the %s case, denied personas get the 404 of nothing and allowed ones never 404',
    async (caseKey) => {
      const target = world.cases[caseKey];
      const failures: string[] = [];
      let allowedCells = 0;
      let deniedCells = 0;
      for (const row of MATRIX_ROWS) {
        for (const persona of order) {
          const request = row.request(world, target);
          const res = await send(persona, request);
          const cell = `${row.route}${row.variant ? ` [${row.variant}]` : ''} × ${persona}`;
          if (row.audience(persona, caseKey)) {
            allowedCells += 1;
            const expected = VISIBLE.has(res.statusCode) || res.statusCode === row.alsoAllowed;
            if (!expected) failures.push(`${cell}: ${res.statusCode} ${res.body}`);
          } else if (persona === 'anonymous') {
            deniedCells += 1;
            if (res.statusCode !== 401) failures.push(`${cell}: ${res.statusCode}, not 401`);
          } else {
            deniedCells += 1;
            if (res.statusCode !== 404 || res.body !== missingCaseBody)
              failures.push(`${cell}: ${res.statusCode} ${res.body.slice(0, 200)}`);
          }
        }
      }
      expect(failures).toEqual([]);
      expect(allowedCells).toBeGreaterThan(100);
      expect(deniedCells).toBeGreaterThan(100);
    },
    60_000,
  );

  it('SEC-12: a document or thread of another case through this case’s URL is 404', async () => {
    const { negotiation, mediation } = world.cases;
    const consumer = world.people.consumer;
    const crossed = await consumer.get(
      `/api/cases/${negotiation.id}/documents/${world.foreign.documentId}/download`,
    );
    expect(crossed.statusCode).toBe(404);
    expect(crossed.body).toBe(missingCaseBody);
    const sibling = await consumer.get(
      `/api/cases/${negotiation.id}/documents/${mediation.documentId}/download`,
    );
    expect(sibling.statusCode).toBe(404);
    expect(sibling.body).toBe(missingCaseBody);
    expect(
      (await consumer.get(`/api/cases/${mediation.id}/documents/${mediation.documentId}/download`))
        .statusCode,
    ).toBe(200);
  });

  it('SEC-12: someone else’s notification id is a 404', async () => {
    const { notifications } = await expectOk(world.people.consumer.get('/api/notifications'));
    expect(notifications.length).toBeGreaterThan(0);
    const id = notifications[0].id as string;
    for (const persona of ['representativeInCharge', 'otherRepresentative', 'stranger'] as const) {
      const res = await world.people[persona].post(`/api/notifications/${id}/read`, {});
      expect(res.statusCode, persona).toBe(404);
    }
    expect((await world.people.consumer.post(`/api/notifications/${id}/read`, {})).statusCode).toBe(
      200,
    );
  });
});

/** Every case id a business's people may meet, and every case id in the database. */
const casesOf = new Map<string, Set<string>>();
const allCases = new Set<string>();
const documents: { businessId: string; caseId: string; documentId: string }[] = [];

async function seedBusiness(caseCount: number, takeCharge: readonly boolean[]) {
  const business = await insertBusiness(t, { legalName: `Entreprise ${allCases.size}` });
  const respondent = await person(t, ['merchant_respondent']);
  const representative = await person(t, ['merchant_representative']);
  await addMembers(t, business.id, [
    [respondent, 'respondent'],
    [representative, 'representative'],
  ]);
  const own = new Set<string>();
  casesOf.set(business.id, own);
  for (let i = 0; i < caseCount; i += 1) {
    const consumer = await person(t, ['consumer']);
    const caseId = await openQcCase(consumer, business.id as ReturnType<typeof crypto.randomUUID>);
    own.add(caseId);
    allCases.add(caseId);
    await expectOk(consumer.command(caseId, { type: 'submit_case', proposal: REFUND }));
    if (takeCharge[i] === true || i === 0) {
      await expectOk(representative.command(caseId, { type: 'take_charge' }));
      if (i === 0) {
        const documentId = await uploadDocument(representative, caseId);
        documents.push({ businessId: business.id, caseId, documentId });
      }
    }
  }
  return { id: business.id, members: [respondent, representative] };
}

/** Ids of case in `body` that belong to no case of `own`. */
const foreignIdsIn = (body: string, own: ReadonlySet<string>) =>
  [...allCases].filter((id) => !own.has(id) && body.includes(id));

async function expectIsolated(businessId: string, member: Person) {
  const own = casesOf.get(businessId)!;
  for (const url of [
    '/api/cases?limit=100',
    '/api/merchant/cases?limit=100',
    '/api/notifications?limit=100',
    '/api/unread',
  ]) {
    const res = await member.get(url);
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    expect(foreignIdsIn(res.body, own), url).toEqual([]);
  }
  const listed = (await member.get('/api/merchant/cases?limit=100')).json().items as {
    id: string;
  }[];
  expect(listed.map((item) => item.id).sort()).toEqual([...own].sort());
  for (const doc of documents) {
    const url = `/api/cases/${doc.caseId}/documents/${doc.documentId}/download`;
    const res = await member.get(url);
    if (doc.businessId === businessId) expect(res.statusCode, url).toBe(200);
    else {
      expect(res.statusCode, url).toBe(404);
      // The same foreign id through one of the member's own cases.
      const mine = documents.find((d) => d.businessId === businessId)!;
      const swapped = await member.get(
        `/api/cases/${mine.caseId}/documents/${doc.documentId}/download`,
      );
      expect(swapped.statusCode).toBe(404);
    }
  }
}

describe('tenant isolation (SEC-13)', () => {
  it('SEC-13: a member of business A lists and downloads only A’s cases, over random tenants', async () => {
    // The matrix's own cases count too: they belong to business A and B of the matrix world.
    for (const key of ['negotiation', 'mediation'] as const) allCases.add(world.cases[key].id);
    allCases.add(world.foreign.caseId);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            cases: fc.integer({ min: 1, max: 3 }),
            takeCharge: fc.array(fc.boolean(), { maxLength: 3 }),
          }),
          { minLength: 2, maxLength: 3 },
        ),
        async (tenants) => {
          const seeded = [];
          for (const tenant of tenants)
            seeded.push(await seedBusiness(tenant.cases, tenant.takeCharge));
          for (const business of seeded)
            for (const member of business.members) await expectIsolated(business.id, member);
        },
      ),
      { numRuns: 5 },
    );
  }, 60_000);
});
