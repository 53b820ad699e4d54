/**
 * `npm run bench:data -- --cases N [--reset] [--seed S] [--batch B]` loads a generated dataset
 * into the PostgreSQL database at DATABASE_URL; `--verify K` replays K random cases instead.
 * See docs/performance.md.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../../../apps/api/src/db/client.js';
import { newTotpSecret } from '../../../apps/api/src/modules/auth/totp.js';
import { encrypt } from '../../../apps/api/src/platform/crypto.js';
import { loadKeys } from '../../../apps/api/src/platform/secrets.js';
import { generate } from './generate.js';
import { verify } from './verify.js';

const { values } = parseArgs({
  options: {
    cases: { type: 'string' },
    reset: { type: 'boolean', default: false },
    seed: { type: 'string', default: '7' },
    batch: { type: 'string', default: '50000' },
    verify: { type: 'string' },
  },
});
const log = (text: string) => console.log(text);
const fail = (text: string): never => {
  console.error(text);
  process.exit(1);
};

const url = process.env.DATABASE_URL;
if (!url || !url.startsWith('postgres')) fail('DATABASE_URL must point at a PostgreSQL database (postgres://…).');
const databaseUrl = url!;

if (values.verify !== undefined) {
  const failures = await verify(databaseUrl, Number(values.verify), log);
  process.exit(failures === 0 ? 0 : 1);
}

const cases = Number(values.cases);
if (!Number.isInteger(cases) || cases < 1) fail('--cases N is required (a positive integer).');

const admin = new pg.Client({ connectionString: databaseUrl });
await admin.connect();
const existing = await admin.query<{ n: string }>(
  `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'`,
);
if (Number(existing.rows[0]!.n) > 0) {
  if (!values.reset) {
    await admin.end();
    fail('The database is not empty. Use --reset to drop and recreate its public schema (all data is lost).');
  }
  log('--reset: dropping the public, drizzle and pgboss schemas');
  await admin.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
  await admin.query('DROP SCHEMA IF EXISTS drizzle CASCADE');
  await admin.query('DROP SCHEMA public CASCADE');
  await admin.query('CREATE SCHEMA public');
}
await admin.end();

log('migrating with the API migrations');
const database = await openDatabase({ kind: 'postgres', url: databaseUrl, poolSize: 1 });
await database.migrate();
// The API's keys, made now as its first start would: TOTP secrets are stored encrypted with them.
const keys = await loadKeys(database, new Date());
await database.close();

const counts = await generate({
  url: databaseUrl,
  cases,
  seed: Number(values.seed),
  batch: Number(values.batch),
  now: Date.now(),
  encryptTotp: () => encrypt(keys.encryptionKey, newTotpSecret()),
  log,
});
log('\n| table | rows |\n| --- | ---: |');
for (const [table, n] of Object.entries(counts)) log(`| ${table} | ${n.toLocaleString('en')} |`);
