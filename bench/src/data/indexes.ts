/**
 * Secondary indexes are dropped before the load and rebuilt after: building an index once over
 * sorted data is much cheaper than maintaining it row by row. Their definitions are read from
 * the database (`pg_get_indexdef`), so the migrations stay the source of truth. Indexes that
 * back a constraint (primary keys, UNIQUE constraints) stay, except the primary keys no foreign
 * key refers to (`looseKeys`): those are dropped and added back the same way, since a random
 * UUID key (34 notifications per case) costs a random index page per row while loading.
 */
import type pg from 'pg';

export interface IndexDefinition {
  readonly name: string;
  readonly table: string;
  readonly definition: string;
}

export async function secondaryIndexes(client: pg.Client, tables: readonly string[]): Promise<IndexDefinition[]> {
  const result = await client.query<{ name: string; table: string; definition: string }>(
    `SELECT i.relname AS name, t.relname AS table, pg_get_indexdef(x.indexrelid) AS definition
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND t.relname = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
      ORDER BY t.relname, i.relname`,
    [tables],
  );
  return result.rows;
}

export async function dropIndexes(client: pg.Client, indexes: readonly IndexDefinition[]): Promise<void> {
  for (const index of indexes) await client.query(`DROP INDEX IF EXISTS public."${index.name}"`);
}

/** Rebuilds on up to `parallel` connections (one index per connection at a time). */
export async function createIndexes(
  clients: readonly pg.Client[],
  indexes: readonly IndexDefinition[],
  log: (line: string) => void,
): Promise<void> {
  const queue = [...indexes];
  await Promise.all(
    clients.map(async (client) => {
      await client.query("SET maintenance_work_mem = '512MB'");
      for (let index = queue.shift(); index; index = queue.shift()) {
        const started = Date.now();
        await client.query(index.definition);
        log(`  index ${index.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
    }),
  );
}

export interface KeyDefinition {
  readonly name: string;
  readonly table: string;
  /** `pg_get_constraintdef`, e.g. `PRIMARY KEY (id)`. */
  readonly definition: string;
}

/** The primary keys of `tables` that no foreign key references. */
export async function looseKeys(client: pg.Client, tables: readonly string[]): Promise<KeyDefinition[]> {
  const result = await client.query<KeyDefinition>(
    `SELECT c.conname AS name, t.relname AS table, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND c.contype = 'p' AND t.relname = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.confrelid = t.oid)
      ORDER BY t.relname`,
    [tables],
  );
  return result.rows;
}

export async function dropKeys(client: pg.Client, keys: readonly KeyDefinition[]): Promise<void> {
  for (const key of keys) await client.query(`ALTER TABLE public."${key.table}" DROP CONSTRAINT "${key.name}"`);
}

/** The keys back, as index builds queued with the secondary indexes. */
export const keyBuilds = (keys: readonly KeyDefinition[]): IndexDefinition[] =>
  keys.map((key) => ({
    name: key.name,
    table: key.table,
    definition: `ALTER TABLE public."${key.table}" ADD CONSTRAINT "${key.name}" ${key.definition}`,
  }));
