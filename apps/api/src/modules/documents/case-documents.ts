/**
 * A case's documents (DOC-1, DOC-2). Who may add is the engine's `add_document` decision (parties,
 * and a represented consumer too: REP-3); the row commits with the `document_added` event. The
 * bytes are written to storage before the transaction and removed again if it fails, so a
 * committed row always has its file and a refused upload leaves nothing behind.
 *
 * Before storage, images lose their metadata (SEC-21) and the file is scanned (SEC-18): an
 * infected file is refused and only its record kept (`quarantine.ts`); when the scanner cannot
 * answer the file is stored `pending`, cannot be downloaded, and `scan-retry.ts` scans it later.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { caseDocuments, users, type ScanStatus } from '../../db/schema/index.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { User } from '../auth/sessions.js';
import { lockCase } from '../cases/case-store.js';
import { readableCase } from '../cases/case-queries.js';
import { runCaseCommand } from '../cases/run-case-command.js';
import { sanitizeDisplayName, withExtension } from './filename.js';
import { stripImageMetadata } from './image-metadata.js';
import { inspectDocument, type Inspection } from './inspect.js';
import { checkCaseQuota } from './limits.js';
import { scanOrPending } from './malware-scanner.js';
import { documentErrorCode, documentRefusalStatus } from './messages.js';
import { recordInfectedUpload } from './quarantine.js';
import { newObjectKey } from './storage.js';

/** Where the upload path reports what operators must know (pino's `request.log` fits). */
export type ScanLog = { warn(details: Record<string, unknown>, message: string): void };

export type CaseDocumentRow = typeof caseDocuments.$inferSelect;

/**
 * Documents are content: only participants read them (STF-2: staff see metadata only). Anyone
 * else gets the 404 of a case that does not exist, checked again on every request.
 */
export async function caseForDocuments(ctx: AppContext, user: User, caseId: string) {
  const reader = await readableCase(ctx, user, caseId);
  if (reader.access !== 'full') throw notFound();
  return reader;
}

function refuse(inspection: Extract<Inspection, { ok: false }>): never {
  throw new AppError(
    documentRefusalStatus[inspection.reason],
    documentErrorCode(inspection.reason),
  );
}

/**
 * SEC-21: the bytes to store, metadata removed. The result is inspected again so that what is
 * stored is exactly as acceptable as what was received.
 */
function bytesToStore(file: { name: string; bytes: Buffer }, inspection: Inspection): Buffer {
  if (!inspection.ok) refuse(inspection);
  const stripped = stripImageMetadata(inspection.type, file.bytes);
  if (!stripped.ok) refuse({ ok: false, reason: 'corrupt', detail: 'image structure' });
  if (stripped.bytes === file.bytes) return file.bytes;
  const again = inspectDocument(stripped.bytes, file.name);
  if (!again.ok) refuse(again);
  if (again.type !== inspection.type) {
    refuse({ ok: false, reason: 'corrupt', detail: 'type changed by stripping' });
  }
  return stripped.bytes;
}

/**
 * Adds an upload; returns its row, whose `scanStatus` is `clean` or `pending` (an infected file
 * answers 422 `document_infected` after its attempt is recorded).
 */
export async function addCaseDocument(
  ctx: AppContext,
  user: User,
  caseId: string,
  file: { name: string; bytes: Buffer },
  log?: ScanLog,
): Promise<CaseDocumentRow> {
  const inspection = inspectDocument(file.bytes, file.name);
  if (!inspection.ok) refuse(inspection);
  const bytes = bytesToStore(file, inspection);
  const id = randomUUID();
  const key = newObjectKey(caseId);
  const displayName = withExtension(sanitizeDisplayName(file.name), inspection.extension);
  const scan = await scanOrPending(ctx.scanner, bytes);
  if (scan.status === 'infected') {
    await recordInfectedUpload(ctx, user, caseId, {
      id,
      storageKey: key,
      displayName,
      type: inspection.type,
      mime: inspection.mime,
      bytes,
      finding: scan.finding,
    });
    log?.warn({ caseId, documentId: id, finding: scan.finding }, 'infected upload refused');
    throw new AppError(422, 'document_infected');
  }
  if (scan.status === 'pending') {
    log?.warn({ caseId, documentId: id, reason: scan.reason }, 'upload stored pending a scan');
  }
  const scanStatus: ScanStatus = scan.status;
  const scannedAt = ctx.clock.now();
  const stored = await ctx.documents.put(key, bytes, {
    contentType: inspection.mime,
    size: bytes.length,
  });
  let row: CaseDocumentRow | undefined;
  try {
    await runCaseCommand(ctx, {
      caseId,
      actorUser: user,
      command: { type: 'add_document', documentId: id },
      within: async (tx, applied) => {
        // The case row is locked by now, so two uploads cannot both take the last place.
        const [usage] = await tx
          .select({
            files: sql<number>`count(*)::int`,
            bytes: sql<number>`coalesce(sum(${caseDocuments.size}), 0)::bigint`,
          })
          .from(caseDocuments)
          .where(
            and(
              eq(caseDocuments.caseId, caseId),
              eq(caseDocuments.system, false),
              isNull(caseDocuments.deletedAt),
              ne(caseDocuments.scanStatus, 'infected'),
            ),
          );
        const quota = checkCaseQuota(
          { files: Number(usage?.files ?? 0), bytes: Number(usage?.bytes ?? 0) },
          stored.size,
        );
        if (!quota.ok) throw new AppError(422, documentErrorCode(quota.reason));
        const event = applied.events.at(-1)?.event;
        [row] = await tx
          .insert(caseDocuments)
          .values({
            id,
            caseId,
            storageKey: key,
            displayName,
            type: inspection.type,
            mime: inspection.mime,
            size: stored.size,
            sha256: stored.sha256,
            addedBy: user.id,
            addedByRole: event?.actor.role ?? 'unknown',
            addedAt: ctx.clock.now(),
            scanStatus,
            // For a pending file, the time of the failed attempt: the retry backoff starts there.
            scannedAt,
          })
          .returning();
      },
    });
  } catch (error) {
    await ctx.documents.delete(key).catch(() => undefined);
    throw error;
  }
  if (!row) throw new Error('document insert returned nothing');
  return row;
}

export async function listCaseDocuments(ctx: AppContext, user: User, caseId: string) {
  const reader = await caseForDocuments(ctx, user, caseId);
  const rows = await ctx.database.db
    .select({ doc: caseDocuments, givenName: users.givenName, familyName: users.familyName })
    .from(caseDocuments)
    .leftJoin(users, eq(users.id, caseDocuments.addedBy))
    .where(
      and(
        eq(caseDocuments.caseId, reader.row.id),
        isNull(caseDocuments.deletedAt),
        ne(caseDocuments.scanStatus, 'infected'),
      ),
    )
    .orderBy(asc(caseDocuments.addedAt), asc(caseDocuments.id));
  const open = reader.row.status !== 'closed';
  return {
    documents: rows.map(({ doc, givenName, familyName }) => ({
      id: doc.id,
      name: doc.displayName,
      type: doc.type,
      mime: doc.mime,
      size: doc.size,
      addedAt: doc.addedAt.toISOString(),
      addedBy: {
        userId: doc.addedBy,
        role: doc.addedByRole,
        name: givenName === null ? null : `${givenName} ${familyName ?? ''}`.trim(),
      },
      system: doc.system,
      /** SEC-18: only `clean` documents can be downloaded; `pending` ones are being checked. */
      scanStatus: doc.scanStatus,
      canDelete: open && !doc.system && doc.addedBy === user.id,
    })),
  };
}

export async function findCaseDocument(
  ctx: AppContext,
  user: User,
  caseId: string,
  documentId: string,
): Promise<CaseDocumentRow> {
  const reader = await caseForDocuments(ctx, user, caseId);
  const [doc] = await ctx.database.db
    .select()
    .from(caseDocuments)
    .where(
      and(
        eq(caseDocuments.id, documentId),
        eq(caseDocuments.caseId, reader.row.id),
        isNull(caseDocuments.deletedAt),
        // SEC-18: a quarantined file does not exist for anyone, whatever its id.
        ne(caseDocuments.scanStatus, 'infected'),
      ),
    );
  if (!doc) throw notFound();
  return doc;
}

/** DOC-2: a party removes their own document before closing; system documents never go. */
export async function deleteCaseDocument(
  ctx: AppContext,
  user: User,
  caseId: string,
  documentId: string,
): Promise<void> {
  const doc = await findCaseDocument(ctx, user, caseId, documentId);
  if (doc.system) throw new AppError(409, 'document_system');
  if (doc.addedBy !== user.id) throw new AppError(403, 'document_not_yours');
  await ctx.database.transaction(async (tx) => {
    const row = await lockCase(tx, doc.caseId);
    if (!row) throw notFound();
    if (row.status === 'closed') throw new AppError(409, 'document_case_closed');
    await tx
      .update(caseDocuments)
      .set({ deletedAt: ctx.clock.now(), deletedBy: user.id })
      .where(and(eq(caseDocuments.id, doc.id), isNull(caseDocuments.deletedAt)));
  });
  // The row stays (DOC-2's history of who added what); the bytes have no reason to.
  await ctx.documents.delete(doc.storageKey).catch(() => undefined);
}
