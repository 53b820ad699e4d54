/**
 * QC-1: staff record an intake; the platform issues a 7-digit reference number and an 8-character
 * access code, e-mails them with the attachments (seed 000, "Courriel d'accès"), and staff follow
 * the status, re-send or re-issue. SEC-12: non-staff get 404; ACC-7: staff need TOTP.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../src/db/schema/index.js';
import {
  defaultOfficeSettings,
  writeOfficeSettings,
} from '../src/modules/settings/office-settings.js';
import * as fx from './documents/fixtures.js';
import { expectRefused, person, type Person } from './support/cases.js';
import { insertBusiness } from './support/businesses.js';
import {
  codesMailedTo,
  intakeBusinessId,
  intakeInput,
  issueIntake,
  redeemBody,
} from './support/intake.js';
import { createTestApp, lastMailTo, type TestApp } from './support/test-app.js';

let t: TestApp;
let staff: Person;

beforeAll(async () => {
  t = await createTestApp({ env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'entente-intake-')) } });
  staff = await person(t, ['staff']);
});
afterAll(async () => t.close());

const attachment = (name: string, bytes: Buffer) => ({
  name,
  contentBase64: bytes.toString('base64'),
});

describe('issuing an intake (QC-1)', () => {
  it('issues a random 7-digit reference and an 8-character code valid 30 days (Toronto)', async () => {
    const input = intakeInput({
      businessId: await intakeBusinessId(t),
      attachments: [attachment('Références légales.pdf', fx.pdf())],
    });
    const res = await staff.post('/api/staff/intakes', input);
    expect(res.statusCode, res.body).toBe(201);
    const intake = res.json();
    expect(intake).toMatchObject({
      referenceNumber: expect.stringMatching(/^[1-9]\d{6}$/),
      status: 'sent',
      consumerEmail: input.consumerEmail,
      businessName: 'Meubles Laurentides inc.',
      businessId: await intakeBusinessId(t),
      category: 'Meubles',
      codesIssued: 1,
      usedAt: null,
      caseId: null,
      // Issued 2026-03-10 10:00 in Toronto: valid through 9 April, ends at local midnight (EDT).
      lastValidDay: '2026-04-09',
      expiresAt: '2026-04-10T04:00:00.000Z',
      attachments: [
        { name: 'Références légales.pdf', mime: 'application/pdf', size: fx.pdf().length },
      ],
    });
    expect(intake.caseNumber).toBe(`OPC-${intake.referenceNumber}`);
    // No field of the answer names a secret or a digest. Field names only: the fixture's random
    // e-mail addresses may spell "key" (`marie-1-keygd3@…` failed a CI run).
    expect(JSON.stringify(intake)).not.toMatch(/"[^"]*(?:key|sha256|codeHash)[^"]*":/i);
    const { referenceNumber, accessCode, mail } = await codesMailedTo(t, input.consumerEmail);
    expect(referenceNumber).toBe(intake.referenceNumber);
    expect(accessCode).toMatch(/^[A-HJ-NP-Za-hjkmnp-z2-9]{8}$/);
    expect(mail.attachments).toEqual([
      {
        filename: 'Références légales.pdf',
        contentType: 'application/pdf',
        contentBase64: fx.pdf().toString('base64'),
      },
    ]);
  });

  it('draws different references and codes each time (not sequential)', async () => {
    const issued = [];
    for (let i = 0; i < 4; i += 1) issued.push(await issueIntake(t, staff));
    const refs = issued.map((i) => Number(i.referenceNumber));
    expect(new Set(refs).size).toBe(4);
    expect(refs.slice(1).every((r, i) => Math.abs(r - refs[i]!) !== 1)).toBe(true);
    expect(new Set(issued.map((i) => i.accessCode)).size).toBe(4);
  });

  it('writes the seed’s access e-mail with the office’s and platform’s names', async () => {
    await writeOfficeSettings(
      t.ctx.database.db,
      {
        ...defaultOfficeSettings,
        officeName: 'Office de la protection du consommateur',
        platformName: 'Parle consommation',
        supportEmail: 'soutien-parle@opc.gouv.qc.ca',
      },
      t.clock.now(),
    );
    const issued = await issueIntake(t, staff);
    const mail = (await lastMailTo(t.ctx, issued.email))!;
    expect(mail.subject).toBe(
      'Renseignements importants pour accéder et utiliser Parle consommation',
    );
    const text = mail.textBody!;
    for (const expected of [
      'Lors de votre récent appel à « Office de la protection du consommateur », vous avez été dirigé vers Parle consommation',
      'Pour accéder à Parle consommation, rendez-vous sur : http://localhost:3000',
      `- numéro de référence : ${issued.referenceNumber}`,
      `- code d’accès : ${issued.accessCode}`,
      'votre code d’accès est valide pour 30 jours, soit jusqu’au 9 avril 2026 inclusivement.',
      '« Ajouter une représentante ou un représentant »',
      'soutien-parle@opc.gouv.qc.ca',
      'Salutations,\nOffice de la protection du consommateur',
    ]) {
      expect(text).toContain(expected);
    }
    expect(mail.htmlBody).toContain(issued.accessCode);
    await writeOfficeSettings(t.ctx.database.db, defaultOfficeSettings, t.clock.now());
  });

  it('writes in English for a consumer who speaks English', async () => {
    const issued = await issueIntake(t, staff, { consumerLanguage: 'en' });
    const mail = (await lastMailTo(t.ctx, issued.email))!;
    expect(mail.subject).toBe('Important information to access and use Entente');
    expect(mail.textBody).toContain(`- reference number: ${issued.referenceNumber}`);
    expect(mail.textBody).toContain(`- access code: ${issued.accessCode}`);
  });

  it('QC-1, ORG-1: names a registry business and keeps its name as a snapshot', async () => {
    const business = await insertBusiness(t, { legalName: 'Garage ABC inc.' });
    const given = await staff.post('/api/staff/intakes', intakeInput({ businessId: business.id }));
    expect(given.statusCode, given.body).toBe(201);
    expect(given.json()).toMatchObject({
      businessId: business.id,
      businessName: 'Garage ABC inc.',
    });
  });

  it('QC-1, ORG-1: refuses an unknown, fr or withdrawn business with a field message (422)', async () => {
    const fr = await insertBusiness(t, { programme: 'fr' });
    const withdrawn = await insertBusiness(t, { withdrawnAt: t.clock.now() });
    for (const businessId of [crypto.randomUUID(), fr.id, withdrawn.id]) {
      const input = intakeInput({ businessId });
      const res = await staff.post('/api/staff/intakes', input);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().error.code).toBe('business_unavailable');
      expect(res.json().error.fields.businessId).toBe(
        'Choisissez une entreprise participante inscrite au registre.',
      );
      expect(await lastMailTo(t.ctx, input.consumerEmail)).toBeUndefined();
    }
  });

  it('answers 400 per field for bad input, and stores nothing', async () => {
    const before = (await t.ctx.database.db.select().from(mailOutbox)).length;
    const res = await staff.post('/api/staff/intakes', {
      consumerName: '  ',
      consumerEmail: 'pas-une-adresse',
      consumerLanguage: 'de',
      businessId: 'nope',
      role: 'administrator',
      attachments: [{ name: 'a.pdf', contentBase64: '***' }],
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual([
      'attachments.0.contentBase64',
      'businessId',
      'consumerEmail',
      'consumerLanguage',
      'consumerName',
      'role',
    ]);
    expect((await t.ctx.database.db.select().from(mailOutbox)).length).toBe(before);
  });

  it('refuses a renamed executable as an attachment (SEC-17) and sends nothing', async () => {
    const input = intakeInput({
      businessId: await intakeBusinessId(t),
      attachments: [
        attachment('guide.pdf', Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(64)])),
      ],
    });
    await expectRefused(staff.post('/api/staff/intakes', input), 422, 'document_executable');
    expect(await lastMailTo(t.ctx, input.consumerEmail)).toBeUndefined();
  });
});

describe('who may manage intakes (SEC-12, ACC-7)', () => {
  it('answers 404 to non-staff, 403 to staff without TOTP, 401 to anonymous', async () => {
    const issued = await issueIntake(t, staff);
    const routes = [
      ['POST', '/api/staff/intakes'],
      ['GET', '/api/staff/intakes'],
      ['GET', `/api/staff/intakes/${issued.id}`],
      ['POST', `/api/staff/intakes/${issued.id}/resend`],
      ['POST', `/api/staff/intakes/${issued.id}/reissue`],
    ] as const;
    const outsiders = [
      await person(t, ['consumer']),
      await person(t, ['merchant_respondent']),
      await person(t, ['mediator']),
    ];
    const noTotp = await person(t, ['administrator'], { totp: false });
    for (const [method, url] of routes) {
      const body =
        method === 'POST' && url.endsWith('intakes')
          ? intakeInput({ businessId: await intakeBusinessId(t) })
          : {};
      for (const who of outsiders) {
        const res = method === 'GET' ? await who.get(url) : await who.post(url, body);
        expect(res.statusCode, `${method} ${url}`).toBe(404);
      }
      const res = method === 'GET' ? await noTotp.get(url) : await noTotp.post(url, body);
      expect(res.json().error.code).toBe('mfa_required');
      const anonymous = await t.app.inject({ method, url });
      expect([401, 403]).toContain(anonymous.statusCode);
    }
    const admin = await person(t, ['administrator']);
    expect((await admin.get(`/api/staff/intakes/${issued.id}`)).statusCode).toBe(200);
  });
});

describe('following, re-sending and re-issuing', () => {
  it('lists newest first by key, and filters by status', async () => {
    t.clock.advanceMinutes(1);
    const used = await issueIntake(t, staff);
    const consumer = await person(t, ['consumer']);
    const opened = await consumer.post('/api/cases/from-access-code', redeemBody(used));
    expect(opened.statusCode, opened.body).toBe(201);
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const page = await staff.get(`/api/staff/intakes?limit=3${next ? `&after=${next}` : ''}`);
      expect(page.statusCode, page.body).toBe(200);
      seen.push(...page.json().intakes.map((i: { id: string }) => i.id));
      next = page.json().next;
    } while (next);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen[0]).toBe(used.id);
    const usedOnly = (await staff.get('/api/staff/intakes?status=used')).json().intakes;
    expect(usedOnly.map((i: { id: string }) => i.id)).toEqual([used.id]);
    expect(usedOnly[0]).toMatchObject({ status: 'used', caseId: opened.json().id });
    const sent = (await staff.get('/api/staff/intakes?status=sent&limit=100')).json().intakes;
    expect(sent.length).toBe(seen.length - 1);
    const bad = await staff.get('/api/staff/intakes?status=lost&after=zz&limit=0');
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['after', 'limit', 'status']);
  });

  it('re-send: a new code with the same end date; the old code stops working', async () => {
    const issued = await issueIntake(t, staff);
    const before = (await staff.get(`/api/staff/intakes/${issued.id}`)).json();
    t.clock.advanceDays(3);
    const res = await staff.post(`/api/staff/intakes/${issued.id}/resend`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      expiresAt: before.expiresAt,
      codesIssued: 2,
      status: 'sent',
    });
    const fresh = await codesMailedTo(t, issued.email);
    expect(fresh.referenceNumber).toBe(issued.referenceNumber);
    expect(fresh.mail.textBody).toContain('valide jusqu’au 9 avril 2026 inclusivement');
    const consumer = await person(t, ['consumer']);
    await expectRefused(
      consumer.post('/api/cases/from-access-code', redeemBody(issued)),
      422,
      'access_code_invalid',
    );
    expect((await consumer.post('/api/cases/from-access-code', redeemBody(fresh))).statusCode).toBe(
      201,
    );
    await expectRefused(
      staff.post(`/api/staff/intakes/${issued.id}/resend`, {}),
      409,
      'intake_used',
    );
    await expectRefused(
      staff.post(`/api/staff/intakes/${issued.id}/reissue`, {}),
      409,
      'intake_used',
    );
  });

  it('re-issue after expiry: a new code valid 30 more days; re-send is refused then', async () => {
    const issued = await issueIntake(t, staff);
    t.clock.advanceDays(40);
    expect((await staff.get(`/api/staff/intakes/${issued.id}`)).json().status).toBe('expired');
    await expectRefused(
      staff.post(`/api/staff/intakes/${issued.id}/resend`, {}),
      409,
      'intake_expired',
    );
    const res = await staff.post(`/api/staff/intakes/${issued.id}/reissue`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'sent',
      codesIssued: 2,
      issuedAt: t.clock.now().toISOString(),
    });
    const fresh = await codesMailedTo(t, issued.email);
    expect(fresh.accessCode).not.toBe(issued.accessCode);
    expect(fresh.mail.textBody).toContain('valide pour 30 jours');
    expect(
      (await staff.post('/api/staff/intakes/00000000-0000-4000-8000-000000000000/reissue', {}))
        .statusCode,
    ).toBe(404);
  });
});
