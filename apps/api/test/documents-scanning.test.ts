/**
 * SEC-18 (malware scan before a file is available, fail closed) and SEC-21 (image metadata
 * stripped before storage) through the document routes, with a fake clamd on a local port and
 * with the built-in fallback scanner.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDocuments, caseEvents } from '../src/db/schema/index.js';
import {
  documentScanJobDefinitions,
  sweepPendingScans,
} from '../src/modules/documents/scan-retry.js';
import { EICAR } from '../src/modules/documents/signature-scanner.js';
import { newObjectKey } from '../src/modules/documents/storage.js';
import { FakeClamd } from './documents/fake-clamd.js';
import * as fx from './documents/fixtures.js';
import { GPS_LATITUDE, jpegWithGps, pngWithText } from './documents/fixtures-metadata.js';
import { upload } from './documents/upload.js';
import {
  expectEveryCaseConsistent,
  expectRefused,
  person,
  qcNegotiation,
  type Person,
} from './support/cases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const clamd = new FakeClamd();
let t: TestApp;
let consumer: Person;
let merchant: Person;
let caseId: string;

beforeAll(async () => {
  const port = await clamd.start();
  t = await createTestApp({
    env: {
      DATA_DIR: mkdtempSync(join(tmpdir(), 'entente-scan-')),
      CLAMD_HOST: '127.0.0.1',
      CLAMD_PORT: String(port),
      CLAMD_TIMEOUT_MS: '1000',
    },
  });
  consumer = await person(t, ['consumer']);
  merchant = await person(t, ['merchant_representative'], { lang: 'en' });
  ({ caseId } = await qcNegotiation(t, consumer, merchant));
});
afterAll(async () => {
  await expectEveryCaseConsistent(t);
  await t.close();
  await clamd.stop();
});

const docRow = async (id: string) =>
  (await t.ctx.database.db.select().from(caseDocuments).where(eq(caseDocuments.id, id)))[0]!;
const listed = async (who: Person) =>
  (await who.get(`/api/cases/${caseId}/documents`)).json().documents as {
    id: string;
    scanStatus: string;
  }[];
const download = (who: Person, id: string) =>
  who.get(`/api/cases/${caseId}/documents/${id}/download`);
const eicar = () => Buffer.from(EICAR, 'latin1');

describe('scan before availability with clamd (SEC-18)', () => {
  it('stores a clean upload as clean after clamd saw its bytes, and serves it', async () => {
    const res = await upload(consumer, caseId, 'facture.pdf', fx.pdf());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().scanStatus).toBe('clean');
    expect(clamd.received.at(-1)!.body.equals(fx.pdf())).toBe(true);
    const row = await docRow(res.json().id);
    expect(row.scannedAt?.toISOString()).toBe(t.clock.now().toISOString());
    expect((await download(merchant, row.id)).statusCode).toBe(200);
  });

  it('refuses EICAR with 422, records the attempt, stores nothing and never serves it', async () => {
    const events = await t.ctx.database.db
      .select()
      .from(caseEvents)
      .where(eq(caseEvents.caseId, caseId));
    const res = await upload(consumer, caseId, 'eicar.txt', eicar());
    await expectRefused(res, 422, 'document_infected');
    await expectRefused(
      upload(merchant, caseId, 'test.txt', eicar()),
      422,
      'document_infected',
      'en',
    );
    const infected = await t.ctx.database.db
      .select()
      .from(caseDocuments)
      .where(eq(caseDocuments.scanStatus, 'infected'));
    expect(infected).toHaveLength(2);
    const row = infected.find((r) => r.addedBy === consumer.id)!;
    expect(row).toMatchObject({
      caseId,
      displayName: 'eicar.txt',
      addedByRole: 'consumer',
      scanFinding: 'Eicar-Test-Signature',
      sha256: createHash('sha256').update(eicar()).digest('hex'),
    });
    expect(await t.ctx.documents.exists(row.storageKey)).toBe(false);
    expect((await listed(consumer)).map((d) => d.id)).not.toContain(row.id);
    expect((await download(consumer, row.id)).statusCode).toBe(404);
    expect((await consumer.delete(`/api/cases/${caseId}/documents/${row.id}`)).statusCode).toBe(
      404,
    );
    // Nothing joined the case: no `document_added`, no e-mail to the other party.
    const after = await t.ctx.database.db
      .select()
      .from(caseEvents)
      .where(eq(caseEvents.caseId, caseId));
    expect(after).toHaveLength(events.length);
  });

  it('keeps an upload pending while clamd is stopped: 202, listed pending, download 409; the retry job cleans it once the clock moves', async () => {
    await clamd.stop();
    const res = await upload(consumer, caseId, 'contrat.pdf', fx.pdf());
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({ name: 'contrat.pdf', scanStatus: 'pending' });
    const id = res.json().id as string;
    expect((await listed(merchant)).find((d) => d.id === id)?.scanStatus).toBe('pending');
    await expectRefused(download(consumer, id), 409, 'scan_pending');
    await expectRefused(download(merchant, id), 409, 'scan_pending', 'en');

    await clamd.start(); // same port
    expect((await sweepPendingScans(t.ctx)).clean).toEqual([]); // not due yet: backoff
    await expectRefused(download(consumer, id), 409, 'scan_pending');
    t.clock.advanceMinutes(2);
    expect((await sweepPendingScans(t.ctx)).clean).toEqual([id]);
    expect(await docRow(id)).toMatchObject({ scanStatus: 'clean', scanFinding: null });
    const served = await download(merchant, id);
    expect(served.statusCode).toBe(200);
    expect(served.rawPayload.equals(fx.pdf())).toBe(true);
    expect((await listed(consumer)).find((d) => d.id === id)?.scanStatus).toBe('clean');
  });

  it('treats a clamd that does not answer in time as unavailable: pending, never clean', async () => {
    clamd.mode = 'hang';
    const res = await upload(consumer, caseId, 'lent.txt', Buffer.from('lent'));
    clamd.mode = 'answer';
    expect(res.statusCode, res.body).toBe(202);
    await expectRefused(download(consumer, res.json().id), 409, 'scan_pending');
    t.clock.advanceMinutes(2);
    expect((await sweepPendingScans(t.ctx)).clean).toEqual([res.json().id]);
  });

  it('retries with a growing backoff and reports the job failed while clamd is down', async () => {
    await clamd.stop();
    const res = await upload(consumer, caseId, 'attente.txt', Buffer.from('attente'));
    const id = res.json().id as string;
    const job = documentScanJobDefinitions(t.ctx)[0]!;
    t.clock.advanceMinutes(10); // attempt at age 10 min: next one 5 min later
    await expect(job.handler({})).rejects.toThrow(/unavailable/);
    t.clock.advanceMinutes(4);
    expect((await sweepPendingScans(t.ctx)).pending).toEqual([]);
    t.clock.advanceMinutes(1);
    expect((await sweepPendingScans(t.ctx)).pending).toEqual([id]);
    expect((await docRow(id)).scanStatus).toBe('pending');
    await clamd.start();
    t.clock.advanceMinutes(10);
    await job.handler({});
    expect((await docRow(id)).scanStatus).toBe('clean');
  });

  it('scans the documents migration 0005 left pending, and quarantines an infected one', async () => {
    const stored = async (bytes: Buffer) => {
      const id = crypto.randomUUID();
      const key = newObjectKey(caseId);
      const object = await t.ctx.documents.put(key, bytes, { contentType: 'text/plain' });
      await t.ctx.database.db.insert(caseDocuments).values({
        id,
        caseId,
        storageKey: key,
        displayName: 'ancien.txt',
        type: 'txt',
        mime: 'text/plain',
        size: object.size,
        sha256: object.sha256,
        addedBy: consumer.id,
        addedByRole: 'consumer',
        addedAt: new Date('2026-01-05T10:00:00Z'),
      }); // scan_status defaults to pending, scanned_at to null, as the migration left them
      return { id, key };
    };
    const old = await stored(Buffer.from('ancien document'));
    const bad = await stored(Buffer.from(`avant ${EICAR} après`, 'latin1'));
    await expectRefused(download(consumer, old.id), 409, 'scan_pending');
    const report = await sweepPendingScans(t.ctx);
    expect(report.clean).toContain(old.id);
    expect(report.infected).toEqual([bad.id]);
    expect(await docRow(bad.id)).toMatchObject({
      scanStatus: 'infected',
      scanFinding: 'Eicar-Test-Signature',
    });
    expect(await t.ctx.documents.exists(bad.key)).toBe(false);
    expect((await download(consumer, bad.id)).statusCode).toBe(404);
    expect((await listed(consumer)).map((d) => d.id)).not.toContain(bad.id);
    expect((await download(consumer, old.id)).statusCode).toBe(200);
  });
});

describe('image metadata stripped before storage (SEC-21)', () => {
  it('stores a JPEG with GPS EXIF without Exif, GPS or comments; sha256 and size describe that file', async () => {
    const original = jpegWithGps(16, 16);
    const res = await upload(consumer, caseId, 'photo.jpg', original);
    expect(res.statusCode, res.body).toBe(201);
    const served = (await download(merchant, res.json().id)).rawPayload;
    expect(served.includes('Exif')).toBe(false);
    expect(served.includes(GPS_LATITUDE)).toBe(false);
    expect(served.includes(Buffer.from([0x88, 0x25]))).toBe(false);
    expect(served.includes('Sherbrooke')).toBe(false);
    expect(served.equals(fx.jpeg(16, 16))).toBe(true);
    expect(res.json().size).toBe(served.length);
    expect((await docRow(res.json().id)).sha256).toBe(
      createHash('sha256').update(served).digest('hex'),
    );
    expect(clamd.received.at(-1)!.body.equals(served)).toBe(true); // the stored bytes are scanned
  });

  it('stores a PNG without its tEXt chunk, still a valid PNG', async () => {
    const res = await upload(consumer, caseId, 'capture.png', pngWithText(8, 8));
    expect(res.statusCode, res.body).toBe(201);
    const served = (await download(consumer, res.json().id)).rawPayload;
    expect(served.includes('tEXt')).toBe(false);
    expect(served.includes('Jeanne')).toBe(false);
    expect(served.subarray(0, 8).equals(fx.png(8, 8).subarray(0, 8))).toBe(true);
    expect(served.subarray(-12).equals(fx.png(8, 8).subarray(-12))).toBe(true); // IEND + CRC
  });
});

describe('the built-in fallback scanner (SEC-18)', () => {
  let b: TestApp;
  beforeAll(async () => {
    b = await createTestApp({ env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'entente-scan-')) } });
  });
  afterAll(async () => {
    await expectEveryCaseConsistent(b);
    await b.close();
  });

  it('refuses EICAR with 422 and never serves it; other files are clean at once', async () => {
    const owner = await person(b, ['consumer']);
    const other = await person(b, ['merchant_representative']);
    const { caseId: own } = await qcNegotiation(b, owner, other);
    await expectRefused(upload(owner, own, 'eicar.com.txt', eicar()), 422, 'document_infected');
    const [row] = await b.ctx.database.db
      .select()
      .from(caseDocuments)
      .where(eq(caseDocuments.caseId, own));
    expect(row).toMatchObject({ scanStatus: 'infected', scanFinding: 'Eicar-Test-Signature' });
    expect(await b.ctx.documents.exists(row!.storageKey)).toBe(false);
    expect((await other.get(`/api/cases/${own}/documents/${row!.id}/download`)).statusCode).toBe(
      404,
    );
    const clean = await upload(owner, own, 'note.txt', Buffer.from('Bonjour'));
    expect(clean.statusCode).toBe(201);
    expect(clean.json().scanStatus).toBe('clean');
  });
});
