/**
 * Documents the platform files itself in a case's Documents (QC-13 agreement, QC-19 attestation):
 * the bytes go to storage first, their key tracked so that a transaction that does not commit
 * removes them again (`StoredObjects`), then the system document's row is inserted in the
 * caller's transaction. The platform made the file, so it is `clean` without a scan (SEC-18
 * concerns what people upload), and a system document can never be deleted (DOC-2).
 */
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import { caseDocuments, type DocumentKind } from '../../db/schema/index.js';
import { newObjectKey } from '../documents/storage.js';
import type { StoredObjects } from './stored-objects.js';

export interface SystemDocument {
  readonly caseId: string;
  readonly kind: Exclude<DocumentKind, 'upload'>;
  readonly displayName: string;
  readonly bytes: Buffer;
}

/** Stores and records a PDF the platform made; returns the new document's id. */
export async function fileSystemDocument(
  tx: Tx,
  ctx: AppContext,
  document: SystemDocument,
  objects: StoredObjects,
): Promise<string> {
  const now = ctx.clock.now();
  const key = newObjectKey(document.caseId);
  objects.track(key);
  const stored = await ctx.documents.put(key, document.bytes, {
    contentType: 'application/pdf',
    size: document.bytes.length,
  });
  const id = randomUUID();
  await tx.insert(caseDocuments).values({
    id,
    caseId: document.caseId,
    storageKey: key,
    displayName: document.displayName,
    type: 'pdf',
    mime: 'application/pdf',
    size: stored.size,
    sha256: stored.sha256,
    addedBy: null,
    addedByRole: 'system',
    addedAt: now,
    system: true,
    kind: document.kind,
    scanStatus: 'clean',
    scannedAt: now,
  });
  return id;
}
