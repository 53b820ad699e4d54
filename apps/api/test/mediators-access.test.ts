/**
 * Who reaches the mediator registry (MDR-1: staff and administrators with TOTP, 404 to anyone
 * else, as the business registry), the mediator's own file, and the whole path of a new
 * mediator: enrolment e-mail → activation (ACC-3) → sign-in → TOTP before any case (ACC-7).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../src/modules/auth/totp.js';
import { signedInClient, strongPassword } from './support/accounts.js';
import { expectOk, person, qcNegotiation, REPAIR, type Person } from './support/cases.js';
import { Client } from './support/client.js';
import { createMediator } from './support/mediators.js';
import { createTestApp, lastMailTo, type TestApp } from './support/test-app.js';

let t: TestApp;
let staff: Person;

beforeAll(async () => {
  t = await createTestApp();
  staff = await person(t, ['staff']);
});
afterAll(async () => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

async function send(who: Person | Client, method: Method, url: string, body?: unknown) {
  const client = who instanceof Client ? who : await who.client();
  return client.request(method, url, method === 'GET' || method === 'DELETE' ? undefined : body);
}

describe('access to the registry (MDR-1, ACC-7)', () => {
  it('answers 404 to non-staff, mfa_required without TOTP, 401 anonymous; administrators get in', async () => {
    const mediator = await createMediator(t);
    const id = mediator.id;
    const periodId = crypto.randomUUID();
    const routes: [Method, string, unknown?][] = [
      ['GET', '/api/staff/mediators'],
      [
        'POST',
        '/api/staff/mediators',
        { email: 'x@example.org', givenName: 'X', familyName: 'Y', programmes: ['qc'] },
      ],
      ['GET', `/api/staff/mediators/${id}`],
      ['PATCH', `/api/staff/mediators/${id}`, { withdrawn: true }],
      ['POST', `/api/staff/mediators/${id}/activation`, {}],
      [
        'POST',
        `/api/staff/mediators/${id}/unavailability`,
        { startsOn: '2026-04-01', endsOn: '2026-04-02' },
      ],
      ['DELETE', `/api/staff/mediators/${id}/unavailability/${periodId}`],
    ];
    const outsiders = [
      await person(t, ['consumer']),
      await person(t, ['merchant_respondent']),
      await person(t, ['merchant_representative']),
      mediator,
    ];
    for (const [method, url, body] of routes) {
      for (const outsider of outsiders) {
        const res = await send(outsider, method, url, body);
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        expect(res.json().error.code).toBe('not_found');
      }
      const noTotp = await send(await person(t, ['staff'], { totp: false }), method, url, body);
      expect(noTotp.statusCode).toBe(403);
      expect(noTotp.json().error.code).toBe('mfa_required');
      const anonymous = await send(new Client(t.app), method, url, body);
      expect(anonymous.statusCode).toBe(401);
    }
    const admin = await person(t, ['administrator']);
    expect((await admin.get(`/api/staff/mediators/${id}`)).statusCode).toBe(200);
    // Nothing changed on the way: the mediator is still in service.
    expect((await staff.get(`/api/staff/mediators/${id}`)).json().withdrawnAt).toBeNull();
  });

  it('gives a mediator their own file only; others (and mediators not in the registry) get 404', async () => {
    const mediator = await createMediator(t, { sectors: ['Voyage'], regions: ['Estrie'] });
    const own = await mediator.get('/api/mediator/profile');
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({
      userId: mediator.id,
      sectors: ['Voyage'],
      regions: ['Estrie'],
      accountStatus: 'active',
      totpEnrolled: true,
    });
    for (const roles of [['consumer'], ['staff'], ['mediator']] as const) {
      const outsider = await person(t, [...roles], { registered: false });
      expect((await outsider.get('/api/mediator/profile')).statusCode, roles[0]).toBe(404);
      const add = await outsider.post('/api/mediator/profile/unavailability', {
        startsOn: '2026-04-01',
        endsOn: '2026-04-02',
      });
      expect(add.statusCode, roles[0]).toBe(404);
    }
    const pending = await person(t, ['mediator'], { totp: false });
    expect((await pending.get('/api/mediator/profile')).json().error.code).toBe('mfa_required');
  });
});

describe('a new mediator from enrolment to the first case (ACC-3, ACC-7)', () => {
  it('ACC-3 activates through the e-mailed link; ACC-7 sees no case before enrolling TOTP', async () => {
    const email = 'nouvelle.mediatrice@cabinet.example';
    const enrolled = await staff.post('/api/staff/mediators', {
      email,
      givenName: 'Rosalie',
      familyName: 'Gauthier',
      programmes: ['qc'],
      profile: { organisation: 'Cabinet Gauthier' },
    });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    const mediatorId = enrolled.json().userId as string;

    const text = (await lastMailTo(t.ctx, email))!.textBody!;
    const token = /\/activation\/([A-Za-z0-9_-]{43})\b/.exec(text)![1]!;
    const browser = new Client(t.app);
    const info = await browser.post('/api/activation/lookup', { token });
    expect(info.json()).toMatchObject({ email, organisation: 'Cabinet Gauthier' });
    const activated = await browser.post('/api/activation', {
      token,
      password: strongPassword,
      profile: {
        jobTitle: 'Médiatrice accréditée',
        organisation: 'Cabinet Gauthier',
        workPhone: '418 555-0123',
      },
      acceptTerms: true,
      acceptConfidentiality: true,
      termsVersion: 1,
      confidentialityVersion: 1,
    });
    expect(activated.statusCode, activated.body).toBe(200);

    // Once activated she can be given a case (QC-15, through the engine), TOTP or not yet.
    const consumer = await person(t, ['consumer']);
    const merchant = await person(t, ['merchant_representative']);
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    await expectOk(merchant.command(caseId, { type: 'make_proposal', content: REPAIR }));
    await expectOk(consumer.command(caseId, { type: 'request_mediation' }));
    await expectOk(staff.command(caseId, { type: 'assign_mediator', mediatorUserId: mediatorId }));

    const { client, result } = await signedInClient(t, email);
    expect(result).toMatchObject({ status: 'signed_in', session: { totpRequired: true } });
    for (const url of [`/api/cases/${caseId}`, '/api/mediator/profile']) {
      const denied = await client.get(url);
      expect(denied.statusCode, url).toBe(403);
      expect(denied.json().error.code).toBe('mfa_required');
    }
    const { secret } = (await client.post('/api/auth/totp/setup')).json();
    const confirmed = await client.post('/api/auth/totp/confirm', {
      code: totpCodeAt(secret, t.clock.now()),
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect((await client.get(`/api/cases/${caseId}`)).statusCode).toBe(200);
    expect((await client.get('/api/mediator/profile')).json()).toMatchObject({
      accountStatus: 'active',
      totpEnrolled: true,
      activeCases: 1,
      profile: { jobTitle: 'Médiatrice accréditée', workPhone: '418 555-0123' },
    });

    // Next time: password, e-mailed code, then the authenticator code (ACC-7).
    t.clock.advance(31_000);
    const next = await signedInClient(t, email);
    expect(next.result).toEqual({ status: 'totp_required' });
    expect((await next.client.get(`/api/cases/${caseId}`)).statusCode).toBe(401);
    const signedIn = await next.client.post(`/api/auth/challenges/${next.challengeId}/totp`, {
      code: totpCodeAt(secret, t.clock.now()),
    });
    expect(signedIn.json()).toMatchObject({
      status: 'signed_in',
      session: { totpRequired: false },
    });
    expect((await next.client.get(`/api/cases/${caseId}`)).statusCode).toBe(200);
    const staffView = await staff.get(`/api/staff/mediators/${mediatorId}`);
    expect(staffView.json()).toMatchObject({
      accountStatus: 'active',
      totpEnrolled: true,
      activationExpiresAt: null,
      activeCases: 1,
    });
  });

  it('ACC-7 the test helper’s mediator signs in with its authenticator secret', async () => {
    const mediator = await createMediator(t);
    const { client, challengeId, result } = await signedInClient(t, mediator.email);
    expect(result).toEqual({ status: 'totp_required' });
    const ok = await client.post(`/api/auth/challenges/${challengeId}/totp`, {
      code: totpCodeAt(mediator.totpSecret, t.clock.now()),
    });
    expect(ok.json()).toMatchObject({ status: 'signed_in', session: { totpRequired: false } });
    expect((await client.get('/api/mediator/profile')).statusCode).toBe(200);
  });
});
