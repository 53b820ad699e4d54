/**
 * Document routes (DOC-1, DOC-2, SEC-12, SEC-17 to SEC-20, SEC-28): upload checked from content
 * and size, list with who and when, download with safe headers after a fresh access check, and
 * deletion of one's own non-system documents before closing.
 */
import { mkdtempSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDocuments } from '../src/db/schema/index.js';
import { OBJECT_KEY_PATTERN } from '../src/modules/documents/index.js';
import * as fx from './documents/fixtures.js';
import {
  expectEveryCaseConsistent,
  expectOk,
  expectRefused,
  joinBusiness,
  openQcCase,
  person,
  qcNegotiation,
  type Person,
} from './support/cases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let consumer: Person;
let merchant: Person;
let caseId: string;
const dataDir = mkdtempSync(join(tmpdir(), 'entente-docs-'));

beforeAll(async () => {
  t = await createTestApp({ env: { DATA_DIR: dataDir } });
  consumer = await person(t, ['consumer']);
  merchant = await person(t, ['merchant_representative']);
  ({ caseId } = await qcNegotiation(t, consumer, merchant));
});
afterAll(async () => {
  await expectEveryCaseConsistent(t);
  await t.close();
});

function multipart(filename: string, bytes: Buffer | null) {
  const boundary = `entente${Math.random().toString(16).slice(2)}`;
  const part = bytes
    ? `Content-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`
    : 'Content-Disposition: form-data; name="note"\r\n\r\nhello';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\n${part}`, 'utf8'),
    bytes ?? Buffer.alloc(0),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(who: Person, id: string, filename: string, bytes: Buffer | null) {
  const { payload, headers } = multipart(filename, bytes);
  return (await who.client()).request('POST', `/api/cases/${id}/documents`, payload, headers);
}

const storedFiles = (id: string) =>
  existsSync(join(dataDir, 'documents', id)) ? readdirSync(join(dataDir, 'documents', id)) : [];

describe('adding documents (DOC-1, SEC-17, SEC-19)', () => {
  it('stores a PDF under a server-made key and lists who added it and when', async () => {
    const res = await upload(consumer, caseId, 'Facture été.pdf', fx.pdf());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Facture été.pdf',
      type: 'pdf',
      mime: 'application/pdf',
      size: fx.pdf().length,
      addedAt: t.clock.now().toISOString(),
      addedBy: { userId: consumer.id, role: 'consumer' },
      system: false,
      canDelete: true,
    });
    const seen = (await merchant.get(`/api/cases/${caseId}/documents`)).json().documents;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ name: 'Facture été.pdf', canDelete: false });
    const merchantDoc = await upload(merchant, caseId, 'photo.png', fx.png(20, 20));
    expect(merchantDoc.json().addedBy.role).toBe('merchant_representative');
  });

  it('never uses the file name in the storage key', async () => {
    const res = await upload(consumer, caseId, '../../etc/passwd%00.pdf', fx.pdf());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().name).toBe('passwd%00.pdf');
    const [row] = await t.ctx.database.db
      .select()
      .from(caseDocuments)
      .where(eq(caseDocuments.id, res.json().id));
    expect(row!.storageKey).toMatch(OBJECT_KEY_PATTERN);
    expect(row!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses 25 MB and 20 MB + 1 byte with 413, a renamed executable with 422; keeps nothing', async () => {
    const before = storedFiles(caseId).length;
    await expectRefused(
      upload(consumer, caseId, 'gros.pdf', fx.pdfOfSize(25 * 1024 * 1024)),
      413,
      'document_too_large',
    );
    await expectRefused(
      upload(consumer, caseId, 'limite.pdf', fx.pdfOfSize(20 * 1024 * 1024 + 1)),
      413,
      'document_too_large',
    );
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(200)]);
    await expectRefused(upload(consumer, caseId, 'facture.pdf', exe), 422, 'document_executable');
    await expectRefused(
      upload(consumer, caseId, 'photo.pdf', fx.png(10, 10)),
      422,
      'document_extension_mismatch',
    );
    expect(storedFiles(caseId).length).toBe(before);
  });

  it('answers 415 without multipart and 400 without a file', async () => {
    await expectRefused(
      consumer.post(`/api/cases/${caseId}/documents`, { file: 'x' }),
      415,
      'unsupported_media_type',
    );
    await expectRefused(upload(consumer, caseId, '', null), 400, 'document_missing');
  });

  it('refuses past the per-case quota (50 files)', async () => {
    const owner = await person(t, ['consumer']);
    const full = await openQcCase(owner);
    const now = t.clock.now();
    await t.ctx.database.db.insert(caseDocuments).values(
      Array.from({ length: 50 }, () => ({
        id: crypto.randomUUID(),
        caseId: full,
        storageKey: `${full}/${crypto.randomUUID()}`,
        displayName: 'a.txt',
        type: 'txt',
        mime: 'text/plain',
        size: 1,
        sha256: '0'.repeat(64),
        addedBy: owner.id,
        addedByRole: 'consumer',
        addedAt: now,
      })),
    );
    await expectRefused(
      upload(owner, full, 'b.txt', Buffer.from('bonjour')),
      422,
      'document_case_file_limit',
    );
    expect(storedFiles(full)).toHaveLength(0);
  });

  it('rate-limits uploads per person (SEC-28)', async () => {
    const busy = await person(t, ['consumer']);
    const own = await openQcCase(busy);
    for (let i = 0; i < 30; i += 1) {
      expect((await upload(busy, own, `n${i}.txt`, Buffer.from(`note ${i}`))).statusCode).toBe(201);
    }
    const limited = await upload(busy, own, 'trop.txt', Buffer.from('encore'));
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('access on every document route (SEC-12, STF-2)', () => {
  it('answers 404 to a stranger, another case’s member and staff', async () => {
    const doc = (await upload(consumer, caseId, 'contrat.pdf', fx.pdf())).json();
    const otherConsumer = await person(t, ['consumer']);
    const otherMerchant = await person(t, ['merchant_representative']);
    const otherCase = await openQcCase(otherConsumer);
    await joinBusiness(t, otherCase, otherMerchant);
    const outsiders = [
      await person(t, ['consumer']),
      otherConsumer,
      otherMerchant,
      await person(t, ['staff']),
      await person(t, ['mediator']),
    ];
    for (const who of outsiders) {
      expect((await upload(who, caseId, 'x.pdf', fx.pdf())).statusCode).toBe(404);
      expect((await who.get(`/api/cases/${caseId}/documents`)).statusCode).toBe(404);
      expect((await who.get(`/api/cases/${caseId}/documents/${doc.id}/download`)).statusCode).toBe(
        404,
      );
      expect(
        (await (await who.client()).delete(`/api/cases/${caseId}/documents/${doc.id}`)).statusCode,
      ).toBe(404);
      // Their own case's URL with this document id: still nothing.
      if (who === otherConsumer) {
        expect(
          (await who.get(`/api/cases/${otherCase}/documents/${doc.id}/download`)).statusCode,
        ).toBe(404);
      }
    }
    expect((await t.app.inject({ url: `/api/cases/${caseId}/documents` })).statusCode).toBe(401);
  });
});

describe('downloading (SEC-20)', () => {
  it('sends the bytes as an attachment with nosniff and a sandbox CSP', async () => {
    // Raw quotes and line breaks cannot travel in a multipart header; filename.test covers them.
    const name = 'Reçu final; x=1 % été.pdf';
    const doc = (await upload(consumer, caseId, name, fx.pdf())).json();
    const res = await merchant.get(`/api/cases/${caseId}/documents/${doc.id}/download`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(fx.pdf())).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="[^"\r\n]*"; filename\*=UTF-8''\S+$/,
    );
    expect(res.headers['content-disposition']).toContain(
      "filename*=UTF-8''Re%C3%A7u%20final%3B%20x%3D1%20%25%20%C3%A9t%C3%A9.pdf",
    );
    expect(res.headers['content-disposition']).toContain('filename="Recu final; x=1 _ ete.pdf"');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toMatch(/^sandbox/);
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('deleting (DOC-2)', () => {
  it('lets a party delete their own document, never another’s or a system one', async () => {
    const mine = (await upload(consumer, caseId, 'brouillon.txt', Buffer.from('brouillon'))).json();
    await expectRefused(
      (await merchant.client()).delete(`/api/cases/${caseId}/documents/${mine.id}`),
      403,
      'document_not_yours',
    );
    const systemId = crypto.randomUUID();
    await t.ctx.database.db.insert(caseDocuments).values({
      id: systemId,
      caseId,
      storageKey: `${caseId}/${crypto.randomUUID()}`,
      displayName: 'Entente.pdf',
      type: 'pdf',
      mime: 'application/pdf',
      size: 10,
      sha256: '0'.repeat(64),
      addedBy: consumer.id,
      addedByRole: 'system',
      addedAt: t.clock.now(),
      system: true,
    });
    const listed = (await consumer.get(`/api/cases/${caseId}/documents`)).json().documents;
    expect(listed.find((d: { id: string }) => d.id === systemId)).toMatchObject({
      system: true,
      canDelete: false,
    });
    await expectRefused(
      (await consumer.client()).delete(`/api/cases/${caseId}/documents/${systemId}`),
      409,
      'document_system',
    );
    const removed = await (
      await consumer.client()
    ).delete(`/api/cases/${caseId}/documents/${mine.id}`);
    expect(removed.statusCode).toBe(204);
    expect(
      (await consumer.get(`/api/cases/${caseId}/documents/${mine.id}/download`)).statusCode,
    ).toBe(404);
    const after = (await consumer.get(`/api/cases/${caseId}/documents`)).json().documents;
    expect(after.map((d: { id: string }) => d.id)).not.toContain(mine.id);
  });

  it('keeps documents once the case is closed, and refuses new ones', async () => {
    const doc = (await upload(consumer, caseId, 'dernier.txt', Buffer.from('dernier'))).json();
    await expectOk(
      consumer.command(caseId, { type: 'close_case', reason: 'other', justification: 'Réglé.' }),
    );
    await expectRefused(
      (await consumer.client()).delete(`/api/cases/${caseId}/documents/${doc.id}`),
      409,
      'document_case_closed',
    );
    const before = storedFiles(caseId).length;
    const refused = await upload(consumer, caseId, 'apres.txt', Buffer.from('après'));
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect(refused.statusCode).toBeLessThan(500);
    expect(storedFiles(caseId).length).toBe(before);
    expect(
      (await consumer.get(`/api/cases/${caseId}/documents/${doc.id}/download`)).statusCode,
    ).toBe(200);
  });
});
