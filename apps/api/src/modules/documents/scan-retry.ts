/**
 * SEC-18: documents left `pending` — the scanner was unreachable at upload, or the row predates
 * scanning (migration 0005 left every existing document `pending`) — are scanned again by a
 * pg-boss sweep every minute, and whenever `sweepPendingScans` is called directly.
 *
 * Backoff without an attempts column: `scanned_at` of a pending row is its last attempt, and the
 * next one is due half the document's age at that attempt later, between 1 minute and 1 hour —
 * roughly ×1.5 per failure. Claiming a row stamps `scanned_at` in a short transaction with
 * `SKIP LOCKED`, so concurrent workers never scan the same file and no transaction stays open
 * while the scanner works. The business clock is the injected one, never SQL `now()`.
 */
import { buffer } from 'node:stream/consumers';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import { caseDocuments } from '../../db/schema/index.js';
import type { JobDefinition } from '../../jobs/jobs.js';
import { rowsOf } from '../../platform/rate-limit.js';
import { scanOrPending } from './malware-scanner.js';
import { ObjectNotFoundError } from './storage.js';

export const DOCUMENT_SCAN_QUEUE = 'document-scan-retry';

export interface ScanSweepReport {
  readonly clean: string[];
  readonly infected: string[];
  /** Still `pending`: the scanner did not answer (the sweep stops at the first such document). */
  readonly pending: string[];
  /** `pending` rows whose bytes are not in storage; they can never be served. */
  readonly missing: string[];
}

async function claimNext(tx: Tx, now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const result = await tx.execute(sql`
    SELECT id, storage_key FROM case_documents
    WHERE scan_status = 'pending' AND deleted_at IS NULL
      AND (scanned_at IS NULL OR scanned_at + LEAST(interval '1 hour',
            GREATEST(interval '1 minute', (scanned_at - added_at) / 2)) <= ${at})
    ORDER BY coalesce(scanned_at, added_at), id
    LIMIT 1
    FOR UPDATE SKIP LOCKED`);
  const row = rowsOf(result)[0];
  if (row === undefined) return null;
  const id = String(row.id);
  await tx.update(caseDocuments).set({ scannedAt: now }).where(eq(caseDocuments.id, id));
  return { id, storageKey: String(row.storage_key) };
}

/** Scans every pending document that is due (at most `limit`); see the module comment. */
export async function sweepPendingScans(ctx: AppContext, limit = 100): Promise<ScanSweepReport> {
  const report: ScanSweepReport = { clean: [], infected: [], pending: [], missing: [] };
  for (let n = 0; n < limit; n += 1) {
    const now = ctx.clock.now();
    const claimed = await ctx.database.transaction((tx) => claimNext(tx, now));
    if (claimed === null) break;
    let bytes: Buffer;
    try {
      bytes = await buffer(await ctx.documents.get(claimed.storageKey));
    } catch (error) {
      if (!(error instanceof ObjectNotFoundError)) throw error;
      report.missing.push(claimed.id);
      continue;
    }
    const outcome = await scanOrPending(ctx.scanner, bytes);
    if (outcome.status === 'pending') {
      report.pending.push(claimed.id);
      break; // the scanner is down: the others would only wait for the same timeout
    }
    await ctx.database.db
      .update(caseDocuments)
      .set({
        scanStatus: outcome.status,
        scannedAt: ctx.clock.now(),
        scanFinding: outcome.status === 'infected' ? outcome.finding : null,
      })
      .where(and(eq(caseDocuments.id, claimed.id), eq(caseDocuments.scanStatus, 'pending')));
    if (outcome.status === 'infected') {
      // Quarantine is deletion: nobody may download it, and the uploader has their own copy.
      await ctx.documents.delete(claimed.storageKey);
      report.infected.push(claimed.id);
    } else {
      report.clean.push(claimed.id);
    }
  }
  return report;
}

export function documentScanJobDefinitions(ctx: AppContext): JobDefinition[] {
  return [
    {
      queue: DOCUMENT_SCAN_QUEUE,
      cron: '* * * * *',
      handler: async () => {
        const report = await sweepPendingScans(ctx);
        if (report.pending.length > 0) {
          // A failed job is what operators see in pg-boss: the scanner needs attention.
          throw new Error('Malware scanner unavailable; pending documents retried later');
        }
      },
    },
  ];
}
