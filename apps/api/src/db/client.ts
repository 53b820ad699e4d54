import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
export type AppDb = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Reads may run on the database or inside a transaction. */
export type Executor = AppDb | Tx;

export type RawResult = { rows: Record<string, unknown>[] };

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: AppDb;
  /**
   * One transaction. On PGlite every statement waits for the running transaction, so code inside
   * `fn` must use `tx` only: touching `db` there would wait for itself.
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Raw SQL for libraries (pg-boss); several statements are allowed when there are no values. */
  execute(text: string, values?: unknown[]): Promise<RawResult>;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /**
   * PGlite only: LISTEN through its own API (one in-process connection). On PostgreSQL the live
   * module keeps a dedicated connection instead (`modules/live/pg-listener.ts`).
   */
  listen?(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
}

const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));
/** Serialises concurrent instances' migrations on one PostgreSQL server. */
const MIGRATION_LOCK = 727_001;

export type DatabaseOptions =
  { kind: 'postgres'; url: string; poolSize?: number } | { kind: 'pglite'; dataDir?: string };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === 'postgres'
    ? openPostgres(options.url, options.poolSize ?? 10)
    : openPglite(options.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? new PGlite(dataDir) : new PGlite();
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as AppDb;
  return {
    kind: 'pglite',
    db,
    transaction: (fn) => db.transaction(fn),
    async execute(text, values) {
      if (values && values.length > 0) return client.query(text, values) as Promise<RawResult>;
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
    migrate: () => migratePglite(drizzlePglite(client, { schema }), { migrationsFolder }),
    close: () => client.close(),
    listen: (channel, onPayload) => client.listen(channel, onPayload),
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client's error (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const nodeDb = drizzleNodePg(pool, { schema });
  const db = nodeDb as unknown as AppDb;
  return {
    kind: 'postgres',
    db,
    transaction: (fn) => db.transaction(fn),
    async execute(text, values) {
      const result = await pool.query(text, values);
      return {
        rows: (Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows) as Record<
          string,
          unknown
        >[],
      };
    },
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migrateNodePg(drizzleNodePg(client, { schema }), { migrationsFolder });
      } finally {
        await client
          .query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK])
          .catch(() => undefined);
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
