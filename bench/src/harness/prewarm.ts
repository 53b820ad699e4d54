/**
 * Before a run, the database's indexes and hot tables are read into the operating system's cache
 * (`bench/prewarm.sql`, `pg_prewarm` in `read` mode), so that a run compares the code rather than
 * what the machine happened to keep cached. A server in service holds its hot pages; a database
 * just generated, or left alone for a while, may not: on these machines the page cache was seen
 * to drop from 16 GB to 1-3 GB within half an hour of idling, and the 1,000,000-case runs made
 * then read their pages from disk (docs/performance.md). `--no-prewarm` skips it.
 */
import { readFileSync } from 'node:fs';
import type pg from 'pg';

export type Prewarm = { seconds: number; gigabytes: number } | { skipped: string };

export async function prewarm(db: pg.Client): Promise<Prewarm> {
  const script = readFileSync(new URL('../../prewarm.sql', import.meta.url), 'utf8');
  const started = Date.now();
  try {
    // Several statements in one simple query: pg returns one result per statement, each a
    // single row with the number of blocks read (a bigint, as text).
    const results = (await db.query(script)) as unknown as pg.QueryResult[];
    const blocks = results
      .flatMap((result) => result.rows)
      .reduce(
        (sum: number, row: Record<string, unknown>) => sum + Number(Object.values(row)[0] ?? 0),
        0,
      );
    return {
      seconds: Math.round((Date.now() - started) / 100) / 10,
      gigabytes: Math.round(((blocks * 8192) / 2 ** 30) * 10) / 10,
    };
  } catch (error) {
    // Without the extension (or the right to create it) the run goes on, and says so.
    return { skipped: error instanceof Error ? error.message : String(error) };
  }
}
