/**
 * SEC-18: an upload the scanner calls infected is never stored. Its row is kept as the record of
 * the attempt — who, when, what it was called, its SHA-256 and the scanner's finding — with
 * `scan_status = 'infected'` and no object behind its key; lists, quotas and downloads ignore it.
 * It is not a case event: like any refused upload, nothing joined the case and no one is told.
 */
import { createHash } from 'node:crypto';
import type { AppContext } from '../../app-context.js';
import { caseDocuments } from '../../db/schema/index.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { User } from '../auth/sessions.js';
import { actorsOnCase, chooseActor } from '../cases/case-actors.js';
import { lockCase, relationsOf } from '../cases/case-store.js';
import { denialStatus } from '../cases/reason-messages.js';

export type InfectedUpload = {
  readonly id: string;
  readonly storageKey: string;
  readonly displayName: string;
  readonly type: string;
  readonly mime: string;
  readonly bytes: Buffer;
  readonly finding: string;
};

/**
 * Records the attempt, provided this person may add documents to the case right now (the same
 * engine rule as a clean upload), so a refused person leaves no row behind.
 */
export async function recordInfectedUpload(
  ctx: AppContext,
  user: User,
  caseId: string,
  upload: InfectedUpload,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.database.transaction(async (tx) => {
    const row = await lockCase(tx, caseId);
    if (!row) throw notFound();
    const actors = actorsOnCase(user, await relationsOf(tx, caseId, user.id), row.businessId);
    const allowed = chooseActor(
      row.state,
      actors,
      { type: 'add_document', documentId: upload.id },
      now,
    );
    if (!allowed.ok) throw new AppError(denialStatus[allowed.reason], allowed.reason);
    await tx.insert(caseDocuments).values({
      id: upload.id,
      caseId,
      storageKey: upload.storageKey,
      displayName: upload.displayName,
      type: upload.type,
      mime: upload.mime,
      size: upload.bytes.length,
      sha256: createHash('sha256').update(upload.bytes).digest('hex'),
      addedBy: user.id,
      addedByRole: allowed.actor.role,
      addedAt: now,
      scanStatus: 'infected',
      scannedAt: now,
      scanFinding: upload.finding,
    });
  });
}
