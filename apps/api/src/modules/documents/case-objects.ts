/**
 * QC-23: the retention purge deletes every file a case's documents ever had — uploads (removed
 * ones too: their best-effort delete may have failed), the agreement and the attestation. Keys
 * come from the rows, which the purge deletes only afterwards, in the same transaction: if that
 * transaction fails the rows and the deadline stay and the next sweep deletes again, which
 * succeeds for objects already gone (`DocumentStorage.delete` is idempotent).
 */
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { caseDocuments } from '../../db/schema/index.js';
import type { DocumentStorage } from './storage.js';

/** Deletes the stored objects of every document row of the case; throws if storage fails. */
export async function deleteCaseDocumentObjects(
  db: Executor,
  storage: DocumentStorage,
  caseId: string,
): Promise<number> {
  const rows = await db
    .select({ key: caseDocuments.storageKey })
    .from(caseDocuments)
    .where(eq(caseDocuments.caseId, caseId));
  for (const { key } of rows) await storage.delete(key);
  return rows.length;
}
