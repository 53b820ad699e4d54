/**
 * MSG-3: the "something changed" signals sent to open browsers. They go through PostgreSQL
 * `NOTIFY` on one channel so that every API instance hears them. Payloads hold ids only (the
 * recipients' user ids and the case/thread); the browser refetches with its own authorisation.
 *
 * Nobody may be told about a change that was rolled back, so a signal leaves either inside the
 * writing transaction (`sendLiveSignal`: PostgreSQL delivers it at commit) or after the commit
 * (`PendingSignals` + `publishSignals`, the case commands' way). The second is preferred on hot
 * paths: a transaction that notifies holds a cluster-wide lock through its commit, so notifying
 * writers commit one at a time (≈ 600 commits/s on the bench machine, against ≈ 1,900 when the
 * same transactions notify after commit).
 */
import type { LiveSignal } from '@entente/contracts';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client.js';
import { runNamed } from '../../platform/named-sql.js';
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

/** The payloads telling `userIds` about `signal`, in as few notifications as the limit allows. */
export function livePayloads(userIds: readonly string[], signal: LiveSignal): string[] {
  const unique = [...new Set(userIds)];
  const payloads: string[] = [];
  for (let i = 0; i < unique.length; i += RECIPIENTS_PER_NOTIFY) {
    const envelope: LiveEnvelope = { u: unique.slice(i, i + RECIPIENTS_PER_NOTIFY), s: signal };
    payloads.push(JSON.stringify(envelope));
  }
  return payloads;
}

/** One statement for any number of payloads, delivered in array order. */
const notifyAll = (payloads: readonly string[]) =>
  sql`SELECT pg_notify(${LIVE_CHANNEL}, p) FROM unnest(${sql.param(payloads)}::text[]) AS p`;

/** Sends inside the caller's transaction: delivered when (and only if) it commits. */
export async function sendLiveSignal(
  db: Executor,
  userIds: readonly string[],
  signal: LiveSignal,
): Promise<void> {
  const payloads = livePayloads(userIds, signal);
  if (payloads.length > 0) await db.execute(notifyAll(payloads));
}

/**
 * Signals gathered during a transaction, to publish once it has committed. The same signal for
 * several people travels once, with all of them as recipients.
 */
export class PendingSignals {
  readonly #bySignal = new Map<string, { signal: LiveSignal; userIds: Set<string> }>();

  add(userIds: readonly string[], signal: LiveSignal): void {
    if (userIds.length === 0) return;
    const key = JSON.stringify(signal);
    const entry = this.#bySignal.get(key) ?? { signal, userIds: new Set<string>() };
    for (const userId of userIds) entry.userIds.add(userId);
    this.#bySignal.set(key, entry);
  }

  /** The payloads, in the order their signals were first added; empties the list. */
  take(): string[] {
    const entries = [...this.#bySignal.values()];
    this.#bySignal.clear();
    return entries.flatMap(({ signal, userIds }) => livePayloads([...userIds], signal));
  }

  /** For callers that own no commit: the signals leave with their transaction after all. */
  async sendWithin(db: Executor): Promise<void> {
    const payloads = this.take();
    if (payloads.length > 0) await db.execute(notifyAll(payloads));
  }
}

type Send = (payloads: readonly string[]) => Promise<void>;

/**
 * Publishes after commit, outside the pool: requests waiting for a pooled connection would
 * otherwise delay every signal. Publications that arrive while one is on its way leave together
 * in the next statement, so the cost per request shrinks as the load grows.
 */
class Publisher {
  #queue: { payloads: readonly string[]; done: () => void }[] = [];
  #running = false;

  constructor(
    private readonly send: Send,
    private readonly onError: (error: unknown) => void,
  ) {}

  publish(payloads: readonly string[]): Promise<void> {
    return new Promise((done) => {
      this.#queue.push({ payloads, done });
      if (!this.#running) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#running = true;
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0);
      // The data is committed: a lost hint only delays a refetch, it must not fail the request.
      await this.send(batch.flatMap((item) => item.payloads)).catch(this.onError);
      for (const item of batch) item.done();
    }
    this.#running = false;
  }
}

/** Per database: the live hub registers its own connection here while it listens. */
const publishers = new WeakMap<Database, Publisher>();

export function usePublisher(
  database: Database,
  send: Send | null,
  onError: (error: unknown) => void = () => undefined,
): void {
  if (send === null) publishers.delete(database);
  else publishers.set(database, new Publisher(send, onError));
}

/** After commit. Without a hub (a jobs-only process, PGlite) a pooled connection sends them. */
export async function publishSignals(database: Database, pending: PendingSignals): Promise<void> {
  const payloads = pending.take();
  if (payloads.length === 0) return;
  let publisher = publishers.get(database);
  if (publisher === undefined) {
    publisher = new Publisher(
      (batch) => runNamed(database.db, notifyAll(batch)).then(() => undefined),
      () => undefined,
    );
    publishers.set(database, publisher);
  }
  await publisher.publish(payloads);
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
