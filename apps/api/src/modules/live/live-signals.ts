/**
 * MSG-3: the "something changed" signals sent to open browsers. They go through PostgreSQL
 * `NOTIFY` on one channel so that every API instance hears them, and they are sent inside the
 * writing transaction: PostgreSQL delivers a notification only when that transaction commits, so
 * nobody is told about a message that was rolled back. Payloads hold ids only (the recipients'
 * user ids and the case/thread); the browser refetches with its own authorisation.
 */
import type { LiveSignal } from '@entente/contracts';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { rowsOf } from '../../platform/rate-limit.js';

export const LIVE_CHANNEL = 'entente_live';

/** What travels in a NOTIFY payload: `u` the users to tell, `s` the signal. */
export interface LiveEnvelope {
  readonly u: readonly string[];
  readonly s: LiveSignal;
}

/**
 * PostgreSQL refuses payloads of 8000 bytes or more; a uuid costs 39 bytes in the JSON, so 100
 * recipients per notification stay far below the limit.
 */
const RECIPIENTS_PER_NOTIFY = 100;

export async function sendLiveSignal(
  db: Executor,
  userIds: readonly string[],
  signal: LiveSignal,
): Promise<void> {
  const unique = [...new Set(userIds)];
  for (let i = 0; i < unique.length; i += RECIPIENTS_PER_NOTIFY) {
    const envelope: LiveEnvelope = { u: unique.slice(i, i + RECIPIENTS_PER_NOTIFY), s: signal };
    await db.execute(sql`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(envelope)})`);
  }
}

/**
 * Everyone with an active relation to the case: its members (parties, mediator) and the active
 * members of its business, who reach it through the registry (ORG-2).
 */
export async function caseMemberIds(db: Executor, caseId: string): Promise<string[]> {
  const rows = rowsOf(
    await db.execute(sql`
      SELECT user_id FROM case_members WHERE case_id = ${caseId}::uuid AND active
      UNION
      SELECT bm.user_id FROM business_members bm JOIN cases c ON c.business_id = bm.business_id
      WHERE c.id = ${caseId}::uuid AND bm.removed_at IS NULL`),
  );
  return rows.map((row) => String(row.user_id));
}

/** "Case Z changed": its members refetch what they show of it. */
export async function signalCaseChanged(db: Executor, caseId: string): Promise<void> {
  await sendLiveSignal(db, await caseMemberIds(db, caseId), { type: 'case', caseId });
}

/** Parses a payload from the channel; anything malformed is ignored. */
export function parseEnvelope(payload: string): LiveEnvelope | null {
  try {
    const value = JSON.parse(payload) as Partial<LiveEnvelope>;
    if (!Array.isArray(value.u) || typeof value.s !== 'object' || value.s === null) return null;
    return value as LiveEnvelope;
  } catch {
    return null;
  }
}
