/**
 * Representatives (REP-1 to REP-3): the invitation with the case number and a validation key
 * (stored as an HMAC), activation by the invited person, the consumer reduced to reading and
 * adding documents while represented, removal taking effect on the next request, wrong and
 * expired keys, rate limiting, per-field 400 and 404 for strangers.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { representativeInvitations } from '../src/db/schema/index.js';
import * as fx from './documents/fixtures.js';
import {
  expectEveryCaseConsistent,
  expectOk,
  expectRefused,
  openQcCase,
  Person,
  person,
  qcNegotiation,
} from './support/cases.js';
import { createTestApp, lastMailTo, type TestApp } from './support/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'entente-rep-')) } });
});
afterAll(async () => {
  await expectEveryCaseConsistent(t);
  await t.close();
});

const invitation = (email: string, overrides: Record<string, unknown> = {}) => ({
  firstName: 'Rose',
  lastName: 'Aidant',
  relationship: 'Fille',
  email,
  consent: true,
  notALawyer: true,
  atLeast18: true,
  ...overrides,
});

/** Invites `rep` on the case and returns the invitation's id and the key read in the e-mail. */
async function invite(consumer: Person, caseId: string, rep: Person) {
  const res = await consumer.post(
    `/api/cases/${caseId}/representatives`,
    invitation(rep.user.email),
  );
  expect(res.statusCode, res.body).toBe(201);
  const mail = await lastMailTo(t.ctx, rep.user.email);
  expect(mail?.template).toBe('representative_invitation');
  const caseNumber = /Numéro de dossier : (\S+)/.exec(mail?.textBody ?? '')?.[1];
  const key = /^ {4}(\S{12})$/m.exec(mail?.textBody ?? '')?.[1];
  if (!caseNumber || !key) throw new Error(`no invitation for ${rep.user.email}`);
  return { id: res.json().id as string, caseNumber, key };
}

function multipart(filename: string, bytes: Buffer) {
  const boundary = `entente${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(who: Person, caseId: string) {
  const { payload, headers } = multipart('facture.pdf', fx.pdf());
  return (await who.client()).request('POST', `/api/cases/${caseId}/documents`, payload, headers);
}

describe('inviting a representative (REP-1)', () => {
  it('needs the consent and, in qc, both attestations; answers per field', async () => {
    const consumer = await person(t, ['consumer']);
    const caseId = await openQcCase(consumer);
    const missing = await consumer.post(
      `/api/cases/${caseId}/representatives`,
      invitation('rose@example.org', { notALawyer: false, atLeast18: undefined }),
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual({
      notALawyer: 'Vous devez cocher cette case.',
      atLeast18: 'Vous devez cocher cette case.',
    });
    const bad = await consumer.post(`/api/cases/${caseId}/representatives`, {
      firstName: '',
      relationship: 'Fils',
      email: 'pas-une-adresse',
      consent: false,
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(
      ['consent', 'email', 'firstName', 'lastName'].sort(),
    );
  });

  it('e-mails the case number and a key that is stored only as an HMAC', async () => {
    const consumer = await person(t, ['consumer']);
    const rep = await person(t, ['consumer']);
    const caseId = await openQcCase(consumer);
    const { id, caseNumber, key } = await invite(consumer, caseId, rep);
    expect(caseNumber).toMatch(/^OPC-\d{7}$/);
    const [row] = await t.ctx.database.db
      .select()
      .from(representativeInvitations)
      .where(eq(representativeInvitations.id, id));
    expect(row?.keyHash).not.toContain(key);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(30 * 86_400_000);
    const summary = await expectOk(consumer.get(`/api/cases/${caseId}`));
    expect(summary.consumerRepresentative).toMatchObject({ id, status: 'invited' });
    // One representative at a time.
    const again = await consumer.post(
      `/api/cases/${caseId}/representatives`,
      invitation('autre@example.org'),
    );
    expect(again.statusCode).toBe(409);
  });
});

describe('activation and acting for the consumer (REP-2, REP-3)', () => {
  it('gives the case to the representative only; the consumer reads and adds documents', async () => {
    const consumer = await person(t, ['consumer']);
    const rep = await person(t, ['consumer']);
    const caseId = await openQcCase(consumer);
    await expectOk(consumer.put(`/api/cases/${caseId}/draft/parties`, { confirmed: true }));
    const { caseNumber, key } = await invite(consumer, caseId, rep);

    // Before activation the invitee sees nothing.
    expect((await rep.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    // The key as typed from the e-mail, with spaces and dashes, and the number in lower case.
    const typed = `${key.slice(0, 4)} ${key.slice(4, 8)}-${key.slice(8)}`;
    const activated = await expectOk(
      rep.post('/api/representations/activate', {
        caseNumber: caseNumber.toLowerCase(),
        validationKey: typed,
      }),
    );
    expect(activated).toEqual({ caseId, caseNumber });

    await expectOk(rep.get(`/api/cases/${caseId}/draft`));
    await expectOk(rep.put(`/api/cases/${caseId}/draft/description`, { goodOrService: 'Sofa' }));
    await expectRefused(
      consumer.put(`/api/cases/${caseId}/draft/description`, { goodOrService: 'Autre' }),
      403,
      'represented_consumer_cannot_act',
    );
    await expectRefused(
      consumer.post(`/api/cases/${caseId}/submit`, {}),
      403,
      'represented_consumer_cannot_act',
    );
    // The same refusal, in the reader's language.
    const inEnglish = new Person(t, consumer.user, true, 'en');
    await expectRefused(
      inEnglish.put(`/api/cases/${caseId}/draft/parties`, { confirmed: true }),
      403,
      'represented_consumer_cannot_act',
      'en',
    );
    // The agreement preview names the representative next to the consumer.
    await expectOk(
      rep.put(`/api/cases/${caseId}/draft/proposal`, { solutions: [{ kind: 'repair' }] }),
    );
    const preview = await expectOk(consumer.get(`/api/cases/${caseId}/draft/preview`));
    expect(preview.parties.map((p: { role: string; name: string | null }) => p.role)).toEqual([
      'consumer',
      'consumer_representative',
      'business',
    ]);
    expect(preview.parties[1].name).toBe('Rose Aidant');
    // The consumer keeps reading and may still add documents (REP-3).
    const draft = await expectOk(consumer.get(`/api/cases/${caseId}/draft`));
    expect(draft.description).toEqual({ goodOrService: 'Sofa' });
    const uploaded = await upload(consumer, caseId);
    expect(uploaded.statusCode, uploaded.body).toBe(201);

    // Single use.
    const reuse = await rep.post('/api/representations/activate', {
      caseNumber,
      validationKey: key,
    });
    expect(reuse.statusCode).toBe(409);
  });

  it('refuses a wrong key or case number with one clear message', async () => {
    const consumer = await person(t, ['consumer']);
    const rep = await person(t, ['consumer']);
    const caseId = await openQcCase(consumer);
    const { caseNumber, key } = await invite(consumer, caseId, rep);
    const wrong = key.startsWith('A') ? `B${key.slice(1)}` : `A${key.slice(1)}`;
    await expectRefused(
      rep.post('/api/representations/activate', { caseNumber, validationKey: wrong }),
      422,
      'representation_key_invalid',
    );
    await expectRefused(
      rep.post('/api/representations/activate', { caseNumber: 'OPC-0000000', validationKey: key }),
      422,
      'representation_key_invalid',
    );
    const malformed = await rep.post('/api/representations/activate', {
      caseNumber: '',
      validationKey: 'court',
    });
    expect(malformed.statusCode).toBe(400);
    expect(Object.keys(malformed.json().error.fields).sort()).toEqual([
      'caseNumber',
      'validationKey',
    ]);
    // The consumer cannot become their own representative.
    const self = await consumer.post('/api/representations/activate', {
      caseNumber,
      validationKey: key,
    });
    expect(self.statusCode).toBeGreaterThanOrEqual(400);
    expect(self.statusCode).toBeLessThan(500);
  });

  it('rate-limits attempts per account', async () => {
    const guesser = await person(t, ['consumer']);
    for (let i = 0; i < 10; i += 1) {
      const res = await guesser.post('/api/representations/activate', {
        caseNumber: `OPC-${1_000_000 + i}`,
        validationKey: 'abcdefghjkmn',
      });
      expect(res.statusCode).toBe(422);
    }
    const limited = await guesser.post('/api/representations/activate', {
      caseNumber: 'OPC-1000099',
      validationKey: 'abcdefghjkmn',
    });
    expect(limited.statusCode).toBe(429);
  });

  it('refuses a key past its 30 days', async () => {
    const consumer = await person(t, ['consumer']);
    const merchant = await person(t, ['merchant_representative']);
    const rep = await person(t, ['consumer']);
    const { caseId } = await qcNegotiation(t, consumer, merchant);
    const { caseNumber, key } = await invite(consumer, caseId, rep);
    t.clock.advance(31 * 86_400_000);
    await expectRefused(
      rep.post('/api/representations/activate', { caseNumber, validationKey: key }),
      410,
      'representation_key_expired',
    );
  });
});

describe('removing the representative (REP-3)', () => {
  it('takes effect on the removed person’s next request and revokes the key', async () => {
    const consumer = await person(t, ['consumer']);
    const rep = await person(t, ['consumer']);
    const caseId = await openQcCase(consumer);
    const { id, caseNumber, key } = await invite(consumer, caseId, rep);
    await expectOk(rep.post('/api/representations/activate', { caseNumber, validationKey: key }));
    await expectOk(rep.get(`/api/cases/${caseId}`));

    const stranger = await person(t, ['consumer']);
    expect((await stranger.delete(`/api/cases/${caseId}/representatives/${id}`)).statusCode).toBe(
      404,
    );
    expect(
      (await stranger.post(`/api/cases/${caseId}/representatives`, invitation('x@example.org')))
        .statusCode,
    ).toBe(404);
    // Only the consumer removes.
    expect((await rep.delete(`/api/cases/${caseId}/representatives/${id}`)).statusCode).toBe(403);

    await expectOk(consumer.delete(`/api/cases/${caseId}/representatives/${id}`));
    expect((await rep.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    expect((await rep.get(`/api/cases/${caseId}/draft`)).statusCode).toBe(404);
    expect(
      (await rep.put(`/api/cases/${caseId}/draft/parties`, { confirmed: true })).statusCode,
    ).toBe(404);
    await expectOk(consumer.put(`/api/cases/${caseId}/draft/parties`, { confirmed: true }));
    await expectRefused(
      rep.post('/api/representations/activate', { caseNumber, validationKey: key }),
      422,
      'representation_key_invalid',
    );
  });
});
