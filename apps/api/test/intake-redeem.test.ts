/**
 * QC-2 "Créer un dossier": reference number + access code + both consents open the qc case
 * `OPC-<reference>`, once. Wrong, used and expired codes get distinct codes and messages; tries
 * are rate-limited per account and per reference number (SEC-28); the per-case acceptance of
 * both texts is recorded (ACC-5). The access code is never in clear in the database (SEC-5 spirit).
 */
import nodemailer from 'nodemailer';
import { and, eq, isNotNull } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, intakes, mailOutbox, termsAcceptances } from '../src/db/schema/index.js';
import { errorMessage } from '../src/platform/messages.js';
import { expectCaseConsistent, expectRefused, person, type Person } from './support/cases.js';
import { intakeBusinessId, issueIntake, redeemBody } from './support/intake.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let staff: Person;
const redeem = (who: Person, body: unknown) => who.post('/api/cases/from-access-code', body);

beforeAll(async () => {
  t = await createTestApp({ env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'entente-intake-')) } });
  staff = await person(t, ['staff']);
});
afterAll(async () => t.close());

describe('creating the case from the access code', () => {
  it('opens OPC-<reference> in draft, marks the intake used and records both consents', async () => {
    const issued = await issueIntake(t, staff);
    // The office gave the code by phone: the account's address differs from the intake's.
    const consumer = await person(t, ['consumer']);
    const res = await redeem(consumer, redeemBody(issued));
    expect(res.statusCode, res.body).toBe(201);
    const { id, caseNumber } = res.json();
    expect(caseNumber).toBe(`OPC-${issued.referenceNumber}`);
    const state = await expectCaseConsistent(t, id);
    expect(state).toMatchObject({
      status: 'draft',
      programme: 'qc',
      consumer: { userId: consumer.id },
    });
    const [row] = await t.ctx.database.db.select().from(cases).where(eq(cases.id, id));
    const [intake] = await t.ctx.database.db
      .select()
      .from(intakes)
      .where(eq(intakes.id, issued.id));
    expect(row!.businessId).toBe(intake!.businessId);
    expect(intake).toMatchObject({ caseId: id, usedBy: consumer.id, usedAt: t.clock.now() });
    const accepted = await t.ctx.database.db
      .select()
      .from(termsAcceptances)
      .where(and(eq(termsAcceptances.userId, consumer.id), eq(termsAcceptances.caseId, id)));
    expect(accepted).toHaveLength(2);
    expect((await consumer.get(`/api/cases/${id}`)).json().caseNumber).toBe(caseNumber);
  });

  it('tells wrong, used and expired codes apart, in French and in English', async () => {
    const issued = await issueIntake(t, staff);
    const consumer = await person(t, ['consumer'], { lang: 'en' });
    const wrongCode = {
      ...issued,
      accessCode: issued.accessCode === 'ABCDEFGH' ? 'HGFEDCBA' : 'ABCDEFGH',
    };
    await expectRefused(redeem(consumer, redeemBody(wrongCode)), 422, 'access_code_invalid', 'en');
    const wrongRef = {
      ...issued,
      referenceNumber: issued.referenceNumber === '1234567' ? '7654321' : '1234567',
    };
    await expectRefused(redeem(consumer, redeemBody(wrongRef)), 422, 'access_code_invalid', 'en');
    expect((await redeem(consumer, redeemBody(issued))).statusCode).toBe(201);
    await expectRefused(redeem(consumer, redeemBody(issued)), 409, 'access_code_used', 'en');
    const other = await person(t, ['consumer']);
    await expectRefused(redeem(other, redeemBody(issued)), 409, 'access_code_used');
    // A used reference with a wrong code says nothing about its state.
    await expectRefused(redeem(other, redeemBody(wrongCode)), 422, 'access_code_invalid');
    expect(errorMessage('access_code_expired', 'fr')).toContain('a expiré');
  });

  it('accepts on day 30 and refuses on day 31 in Toronto, across the DST change', async () => {
    // Issued Sunday 1 March 2026, 23:30 in Toronto (EST); day 30 is 31 March (EDT).
    t.clock.set('2026-03-02T04:30:00Z');
    const first = await issueIntake(t, staff);
    const second = await issueIntake(t, staff);
    t.clock.set('2026-04-01T03:59:00Z'); // 31 March 23:59 EDT: day 30
    const consumer = await person(t, ['consumer']);
    expect((await redeem(consumer, redeemBody(first))).statusCode).toBe(201);
    t.clock.set('2026-04-01T04:00:00Z'); // 1 April 00:00 EDT: day 31
    await expectRefused(
      redeem(await person(t, ['consumer']), redeemBody(second)),
      410,
      'access_code_expired',
    );
    expect((await staff.get(`/api/staff/intakes/${second.id}`)).json()).toMatchObject({
      status: 'expired',
      lastValidDay: '2026-03-31',
    });
  });

  it('needs both consents and the current versions; 400 per field', async () => {
    const issued = await issueIntake(t, staff);
    const consumer = await person(t, ['consumer']);
    const res = await redeem(consumer, {
      referenceNumber: '12345',
      accessCode: 'O0lI1abc',
      acceptTerms: false,
      termsVersion: 'un',
      extra: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual([
      'acceptConfidentiality',
      'acceptTerms',
      'accessCode',
      'confidentialityVersion',
      'extra',
      'referenceNumber',
      'termsVersion',
    ]);
    await expectRefused(
      redeem(consumer, { ...redeemBody(issued), termsVersion: 2 }),
      409,
      'terms_changed',
    );
    const [intake] = await t.ctx.database.db
      .select()
      .from(intakes)
      .where(eq(intakes.id, issued.id));
    expect(intake!.usedAt).toBeNull();
  });

  it('leaves the intake unused when the engine refuses (an account that is not a consumer)', async () => {
    const issued = await issueIntake(t, staff);
    const merchant = await person(t, ['merchant_representative']);
    const res = await redeem(merchant, redeemBody(issued));
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    const [intake] = await t.ctx.database.db
      .select()
      .from(intakes)
      .where(eq(intakes.id, issued.id));
    expect(intake!.usedAt).toBeNull();
    expect(
      await t.ctx.database.db
        .select()
        .from(cases)
        .where(eq(cases.referenceNumber, issued.referenceNumber)),
    ).toHaveLength(0);
  });

  it('rate-limits tries per account and per reference number (429 + Retry-After)', async () => {
    const issued = await issueIntake(t, staff);
    const guesser = await person(t, ['consumer']);
    const wrong = {
      ...issued,
      accessCode: issued.accessCode === 'ABCDEFGH' ? 'HGFEDCBA' : 'ABCDEFGH',
    };
    for (let i = 0; i < 10; i += 1) {
      expect((await redeem(guesser, redeemBody(wrong))).statusCode).toBe(422);
    }
    const limited = await redeem(guesser, redeemBody(issued));
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another account on the same reference number: that number is locked too for the hour.
    const owner = await person(t, ['consumer']);
    expect((await redeem(owner, redeemBody(issued))).statusCode).toBe(429);
    t.clock.advanceMinutes(61);
    expect((await redeem(owner, redeemBody(issued))).statusCode).toBe(201);
  });
});

describe('no access code in clear in the database', () => {
  let s: TestApp;
  beforeAll(async () => {
    s = await createTestApp({ transport: nodemailer.createTransport({ jsonTransport: true }) });
  });
  afterAll(async () => s.close());

  it('keeps only an HMAC once the e-mail is delivered, across every table', async () => {
    const smtpStaff = await person(s, ['staff']);
    const businessId = await intakeBusinessId(s);
    const input = { consumerName: 'Luc', consumerEmail: 'luc@example.org', businessId };
    expect((await smtpStaff.post('/api/staff/intakes', input)).statusCode).toBe(201);
    const [queued] = await s.ctx.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, 'luc@example.org'));
    const code = /code d’accès : (\S{8})/.exec(queued!.textBody!)![1]!;
    await s.ctx.mail.deliver(queued!.id);
    const tables = await s.ctx.database.execute(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    expect(tables.rows.length).toBeGreaterThan(10);
    for (const { table_name } of tables.rows) {
      const rows = await s.ctx.database.execute(`SELECT * FROM "${String(table_name)}"`);
      expect(JSON.stringify(rows.rows), String(table_name)).not.toContain(code);
    }
    const hashed = await s.ctx.database.db
      .select()
      .from(intakes)
      .where(isNotNull(intakes.codeHash));
    expect(hashed).toHaveLength(1);
  });
});
