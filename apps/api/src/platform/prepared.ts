import type { AppDb } from '../db/client.js';

const byDatabase = new WeakMap<AppDb, Map<string, unknown>>();

/**
 * A hot statement built once per database handle and named (issue 7). Building a query with
 * drizzle costs more CPU than running these indexed reads, and a named statement lets
 * PostgreSQL parse it once per connection and, after a few runs, reuse its plan; PGlite ignores
 * the name. Names are global on a connection: one name, one text.
 */
export function prepared<T>(db: AppDb, name: string, build: (db: AppDb, name: string) => T): T {
  let statements = byDatabase.get(db);
  if (statements === undefined) byDatabase.set(db, (statements = new Map()));
  let statement = statements.get(name) as T | undefined;
  if (statement === undefined) statements.set(name, (statement = build(db, name)));
  return statement;
}
