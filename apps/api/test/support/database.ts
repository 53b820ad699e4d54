import pg from 'pg';
import { randomBytes } from 'node:crypto';
import type { Config } from '../../src/config.js';

/**
 * Each test file gets its own empty database: an in-memory PGlite, or, when DATABASE_URL points
 * at a PostgreSQL server, a fresh database created there and dropped afterwards.
 */
export async function freshDatabase(): Promise<{
  database: Config['database'];
  drop: () => Promise<void>;
}> {
  const url = process.env.DATABASE_URL;
  if (!url)
    return { database: { kind: 'pglite', dataDir: undefined }, drop: async () => undefined };
  const name = `entente_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    database: { kind: 'postgres', url: target.toString(), poolSize: 5 },
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export const onPostgres = () => Boolean(process.env.DATABASE_URL);
