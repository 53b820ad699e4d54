import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client.js';

const dialect = new PgDialect();
const names = new Map<string, string>();

/** A statement's name from its text: the same text always gets the same name (pg requires it). */
function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `w_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs raw SQL as a named statement on the executor's connection (a pooled one, or the
 * transaction's): PostgreSQL parses and plans it once per connection instead of on every run,
 * which costs more than running the hot write path's statements (≈ 0.7 ms for the case lock on
 * the bench machine, issue 7). Only for statements of a fixed shape (arrays as one `::uuid[]`
 * parameter, not lists): each distinct text stays prepared on every connection. PGlite ignores
 * the name. Returns what `execute` returns (`rowsOf` reads it).
 */
export function runNamed(db: Executor, query: SQL): Promise<unknown> {
  const built = dialect.sqlToQuery(query);
  return db._.session.prepareQuery(built, undefined, nameOf(built.sql), false).execute();
}
