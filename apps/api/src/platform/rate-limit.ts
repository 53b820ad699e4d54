import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import type { Clock } from './clock.js';
import { runNamed } from './named-sql.js';
import { AppError } from './errors.js';

export type Limit = { max: number; windowSeconds: number };

/**
 * Counters in the database (shared by all instances). A window opens at the first hit and lasts
 * `windowSeconds`; `hit` counts one more and `check` only reads, both throwing 429 past `max`.
 */
export class RateLimiter {
  constructor(private readonly clock: Clock) {}

  async hit(db: Executor, key: string, limit: Limit): Promise<void> {
    await this.hitWith(db, key, limit, sql`null`);
  }

  /**
   * `hit`, with `also` computed in the same statement (a value the request needs next, such as
   * a new id): one round trip instead of two on a hot path. Returned only when under the limit.
   */
  async hitWith(db: Executor, key: string, limit: Limit, also: SQL): Promise<unknown> {
    const now = this.clock.now();
    const windowStartsAfter = new Date(now.getTime() - limit.windowSeconds * 1000);
    const result = await runNamed(
      db,
      sql`
      WITH hit AS (
        INSERT INTO rate_limit_hits (key, window_start, count) VALUES (${key}, ${now}, 1)
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN rate_limit_hits.window_start > ${windowStartsAfter} THEN rate_limit_hits.count + 1 ELSE 1 END,
          window_start = CASE WHEN rate_limit_hits.window_start > ${windowStartsAfter} THEN rate_limit_hits.window_start ELSE ${now} END
        RETURNING count, window_start)
      SELECT count, window_start, ${also} AS also FROM hit`,
    );
    const row = rowsOf(result)[0];
    this.#enforce(row, limit, now);
    return row?.also;
  }

  async check(db: Executor, key: string, limit: Limit): Promise<void> {
    const now = this.clock.now();
    const result = await db.execute(
      sql`SELECT count, window_start FROM rate_limit_hits WHERE key = ${key} AND window_start > ${new Date(now.getTime() - limit.windowSeconds * 1000)}`,
    );
    const row = rowsOf(result)[0];
    if (row && Number(row.count) >= limit.max) this.#throw(row, limit, now);
  }

  async reset(db: Executor, key: string): Promise<void> {
    await db.execute(sql`DELETE FROM rate_limit_hits WHERE key = ${key}`);
  }

  #enforce(row: Record<string, unknown> | undefined, limit: Limit, now: Date) {
    if (row && Number(row.count) > limit.max) this.#throw(row, limit, now);
  }

  #throw(row: Record<string, unknown>, limit: Limit, now: Date): never {
    const start = new Date(row.window_start as string | Date).getTime();
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((start + limit.windowSeconds * 1000 - now.getTime()) / 1000),
    );
    throw new AppError(429, 'rate_limited', {
      retryAfterSeconds,
      params: { minutes: Math.ceil(retryAfterSeconds / 60) },
    });
  }
}

/** node-postgres returns `{ rows }`, PGlite too; keep the difference in one place. */
export function rowsOf(result: unknown): Record<string, unknown>[] {
  if (Array.isArray(result)) return result as Record<string, unknown>[];
  return ((result as { rows?: Record<string, unknown>[] }).rows ?? []) as Record<string, unknown>[];
}

/** Old windows are useless; the cleanup job drops them. */
export async function purgeRateLimits(db: Executor, olderThan: Date): Promise<void> {
  await db.execute(sql`DELETE FROM rate_limit_hits WHERE window_start < ${olderThan}`);
}
