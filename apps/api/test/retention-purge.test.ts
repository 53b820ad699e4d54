/**
 * QC-23 (issue 6 item 9): a closed case stays readable by its parties and mediator for a year;
 * then the deadline job deletes its personal data and documents — rows and stored files — and
 * keeps one anonymous statistics row. Storage is not transactional: the files are deleted before
 * the rows, in the purge's transaction, so a failure leaves the case for the next sweep, which
 * finishes the job (retry-safe). The injected clock jumps the year.
 */
import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseDeadlines,
  caseDocuments,
  caseEvents,
  cases,
  caseStatistics,
  intakes,
  mediationFollowups,
  messageThreads,
  messages,
  notifications,
  termsAcceptances,
  termsVersions,
} from '../src/db/schema/index.js';
import { sweepDeadlines } from '../src/jobs/deadlines.js';
import { newObjectKey } from '../src/modules/documents/storage.js';
import { expectEveryCaseConsistent, expectOk, type Person } from './support/cases.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { pdf } from './documents/fixtures.js';
import { upload } from './documents/upload.js';
import {
  mediationWorld,
  mediatorProposes,
  qcInMediation,
  type MediationWorld,
} from './support/mediation.js';

let t: TestApp;
let w: MediationWorld;
const T0 = new Date('2026-03-10T14:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * 86_400_000);

interface Closed {
  readonly caseId: string;
  readonly readableUntil: Date;
  readonly keys: string[];
}
let agreed: Closed;
let failed: Closed;

beforeAll(async () => {
  t = await createTestApp();
  w = await mediationWorld(t);
  t.clock.set(T0);
  agreed = await agreementInMediation();
  t.clock.set(at(10));
  failed = await failedMediation();
});
afterAll(async () => {
  await expectEveryCaseConsistent(t);
  await t.close();
});

const db = () => t.ctx.database.db;

async function storageKeys(caseId: string): Promise<string[]> {
  const rows = await db()
    .select({ key: caseDocuments.storageKey })
    .from(caseDocuments)
    .where(eq(caseDocuments.caseId, caseId));
  return rows.map((row) => row.key);
}

async function readableUntilOf(caseId: string): Promise<Date> {
  const [row] = await db().select().from(cases).where(eq(cases.id, caseId));
  return row!.readableUntil!;
}

/** The office intake that opened the case, with an attachment in storage (QC-1). */
async function intakeFor(caseId: string): Promise<string> {
  const id = randomUUID();
  const key = newObjectKey(id);
  const stored = await t.ctx.documents.put(key, pdf(), { contentType: 'application/pdf' });
  const now = t.clock.now();
  await db()
    .insert(intakes)
    .values({
      id,
      referenceNumber: String(Math.floor(Math.random() * 9_000_000) + 1_000_000),
      codeHash: 'hash',
      consumerName: 'Marie Tremblay',
      consumerEmail: 'marie@example.org',
      consumerLanguage: 'fr',
      businessName: 'Meubles Laval inc.',
      businessId: randomUUID(),
      attachments: [
        {
          key,
          name: 'Trousse.pdf',
          mime: 'application/pdf',
          size: stored.size,
          sha256: stored.sha256,
        },
      ],
      createdBy: w.staff.id,
      createdAt: now,
      issuedAt: now,
      expiresAt: now,
      usedAt: now,
      usedBy: w.consumer.id,
      caseId,
    });
  return key;
}

/** A per-case acceptance of the confidentiality commitment (ACC-5). */
async function acceptTermsFor(caseId: string): Promise<void> {
  let [version] = await db().select().from(termsVersions).limit(1);
  if (!version) {
    [version] = await db()
      .insert(termsVersions)
      .values({
        kind: 'confidentiality',
        version: 1,
        titleFr: 'Engagement',
        bodyFr: 'Texte',
        titleEn: 'Commitment',
        bodyEn: 'Text',
        publishedAt: t.clock.now(),
      })
      .returning();
  }
  await db().insert(termsAcceptances).values({
    userId: w.consumer.id,
    termsVersionId: version!.id,
    caseId,
    acceptedAt: t.clock.now(),
  });
}

/** Documents, messages, a follow-up, terms, an intake; closed with an agreement in mediation. */
async function agreementInMediation(): Promise<Closed> {
  const { caseId } = await qcInMediation(t, w);
  const intakeKey = await intakeFor(caseId);
  await acceptTermsFor(caseId);
  expect((await upload(w.consumer, caseId, 'facture.pdf', pdf())).statusCode).toBe(201);
  const posted = await w.consumer.post(`/api/cases/${caseId}/threads/mediation/messages`, {
    body: 'Je propose une réparation.',
  });
  expect(posted.statusCode).toBe(201);
  await db().insert(mediationFollowups).values({
    caseId,
    mediatorUserId: w.mediator.id,
    party: 'business',
    message: 'Le commerçant ne répond plus.',
    createdAt: t.clock.now(),
  });
  const proposalId = await mediatorProposes(w, caseId);
  await expectOk(w.merchant.command(caseId, { type: 'accept_proposal', proposalId, version: 1 }));
  await expectOk(w.consumer.command(caseId, { type: 'accept_proposal', proposalId, version: 1 }));
  const keys = [...(await storageKeys(caseId)), intakeKey];
  expect(keys).toHaveLength(3); // the upload, the agreement, the intake's attachment
  return { caseId, readableUntil: await readableUntilOf(caseId), keys };
}

async function failedMediation(): Promise<Closed> {
  const { caseId } = await qcInMediation(t, w);
  expect((await upload(w.merchant, caseId, 'bon.pdf', pdf())).statusCode).toBe(201);
  await expectOk(
    w.mediator.command(caseId, {
      type: 'close_without_agreement',
      justification: 'Aucune entente possible.',
      problemSummary: 'Livraison en retard.',
    }),
  );
  const keys = await storageKeys(caseId);
  expect(keys).toHaveLength(2); // the upload and the attestation
  return { caseId, readableUntil: await readableUntilOf(caseId), keys };
}

async function sweepPurges(): Promise<{ purged: number; failed: number }> {
  const report = await sweepDeadlines(t.ctx);
  return {
    purged: report.fired.filter((f) => f.kind === 'records_purge' && f.result === 'purged').length,
    failed: report.failed.length,
  };
}

/** How many rows of a table name the case. */
const rowsNaming = async (table: PgTable, column: AnyPgColumn, caseId: string) =>
  (await db().select({ n: count() }).from(table).where(eq(column, caseId)))[0]!.n;

const statistics = async () => db().select().from(caseStatistics);

describe('QC-23 readable for a year after closing', () => {
  it('QC-23 day 364: parties and mediator still read the case, its documents and its files', async () => {
    expect(agreed.readableUntil.toISOString()).toBe('2027-03-11T05:00:00.000Z');
    t.clock.set(at(364));
    expect(await sweepPurges()).toEqual({ purged: 0, failed: 0 });
    t.clock.set(new Date(agreed.readableUntil.getTime() - 60_000)); // last minute of the year
    expect(await sweepPurges()).toEqual({ purged: 0, failed: 0 });
    for (const who of [w.consumer, w.merchant, w.mediator]) {
      const summary = await expectOk(who.get(`/api/cases/${agreed.caseId}`));
      expect(summary).toMatchObject({ status: 'closed', outcome: 'agreement' });
      const { documents } = await expectOk(who.get(`/api/cases/${agreed.caseId}/documents`));
      expect(documents).toHaveLength(2);
      const file = await who.get(
        `/api/cases/${agreed.caseId}/documents/${documents[1].id}/download`,
      );
      expect(file.statusCode).toBe(200);
    }
    for (const key of agreed.keys) expect(await t.ctx.documents.exists(key)).toBe(true);
    expect(await statistics()).toEqual([]);
  });
});

describe('QC-23 purged after the anniversary', () => {
  it('QC-23 404 for everyone, rows and files gone, the anonymous statistics row kept', async () => {
    t.clock.set(agreed.readableUntil);
    const mine = (who: Person) => who.get('/api/cases?filter=closed');
    for (const who of [w.consumer, w.merchant, w.mediator, w.staff]) {
      expect((await who.get(`/api/cases/${agreed.caseId}`)).statusCode).toBe(404);
    }
    expect(await sweepPurges()).toEqual({ purged: 1, failed: 0 });
    expect(await sweepPurges()).toEqual({ purged: 0, failed: 0 });

    const caseId = agreed.caseId;
    for (const who of [w.consumer, w.merchant, w.mediator, w.staff]) {
      for (const path of ['', '/documents', '/proposals', '/threads', '/summary.pdf']) {
        expect((await who.get(`/api/cases/${caseId}${path}`)).statusCode, path).toBe(404);
      }
    }
    const ids = (await expectOk(mine(w.mediator))).items.map((i: { id: string }) => i.id);
    expect(ids).not.toContain(caseId);

    const tables: [PgTable, AnyPgColumn][] = [
      [cases, cases.id],
      [caseEvents, caseEvents.caseId],
      [caseDocuments, caseDocuments.caseId],
      [caseDeadlines, caseDeadlines.caseId],
      [messageThreads, messageThreads.caseId],
      [messages, messages.caseId],
      [notifications, notifications.caseId],
      [mediationFollowups, mediationFollowups.caseId],
      [termsAcceptances, termsAcceptances.caseId],
      [intakes, intakes.caseId],
    ];
    for (const [table, column] of tables) expect(await rowsNaming(table, column, caseId)).toBe(0);
    for (const key of agreed.keys) expect(await t.ctx.documents.exists(key)).toBe(false);

    const [stats, ...more] = await statistics();
    expect(more).toEqual([]);
    expect(stats).toMatchObject({
      programme: 'qc',
      outcome: 'agreement',
      closurePhase: 'mediation',
      wentToMediation: true,
      mediationStartedAt: T0,
      agreementAt: T0,
      closedAt: T0,
      purgedAt: agreed.readableUntil,
    });
    expect(Object.keys(stats!)).not.toContain('caseId');
    // The other case, closed ten days later, is still there and readable.
    expect((await w.consumer.get(`/api/cases/${failed.caseId}`)).statusCode).toBe(200);
  });

  it('QC-23 retry-safe: a storage failure rolls the purge back and the next sweep finishes it', async () => {
    t.clock.set(failed.readableUntil);
    const storage = t.ctx.documents;
    const realDelete = storage.delete.bind(storage);
    let calls = 0;
    // The first file goes, then the object store fails.
    storage.delete = async (key: string) => {
      calls += 1;
      if (calls > 1) throw new Error('object store unavailable');
      return realDelete(key);
    };
    try {
      expect(await sweepPurges()).toEqual({ purged: 0, failed: 1 });
    } finally {
      storage.delete = realDelete;
    }
    // Nothing of the transaction stayed: the case's rows, its pending purge, no statistics row.
    expect(await rowsNaming(cases, cases.id, failed.caseId)).toBe(1);
    expect(await storageKeys(failed.caseId)).toEqual(failed.keys);
    const [pending] = await db()
      .select()
      .from(caseDeadlines)
      .where(and(eq(caseDeadlines.caseId, failed.caseId), eq(caseDeadlines.kind, 'records_purge')));
    expect(pending).toMatchObject({ firedAt: null, cancelledAt: null });
    expect(await statistics()).toHaveLength(1);
    // Unreadable all the while: nobody sees a document without its file.
    expect((await w.mediator.get(`/api/cases/${failed.caseId}/documents`)).statusCode).toBe(404);

    expect(await sweepPurges()).toEqual({ purged: 1, failed: 0 });
    expect(await rowsNaming(cases, cases.id, failed.caseId)).toBe(0);
    for (const key of failed.keys) expect(await t.ctx.documents.exists(key)).toBe(false);
    const outcomes = (await statistics()).map((s) => s.outcome).sort();
    expect(outcomes).toEqual(['agreement', 'mediation_failed']);
  });
});
