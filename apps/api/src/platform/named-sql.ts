import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client.js';

const dialect = new PgDialect();
const names = new Map<string, string>();

/** A statement's name from its text: the same text always gets the same name (pg requires it). */
export function nameOf(text: string): string {
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

/** A drizzle query builder that can be prepared under a name (select, insert, update…). */
interface Preparable<R> {
  toSQL(): { sql: string };
  prepare(name: string): { execute(): Promise<R> };
}

/**
 * Runs a built query as a named statement, its rows mapped as the builder maps them: the same
 * gain as `runNamed` for statements whose parameters are values (not lists of varying length).
 * Building the text twice costs a few microseconds; planning a join costs a fraction of a
 * millisecond on every run without a name.
 */
export function runBuiltNamed<R>(query: Preparable<R>): Promise<R> {
  return query.prepare(nameOf(query.toSQL().sql)).execute();
}

/**
 * A page size written into a named statement's text instead of bound as `LIMIT $n`: a statement
 * whose values are all written in has nothing for PostgreSQL to choose a plan by, so it keeps
 * the generic plan of its first run; with `LIMIT $n` it re-plans the join on every run (0.3 to
 * 0.7 ms at 1,000,000 cases, more than running it). Each size is one more statement per
 * connection, so only for sizes the schemas bound.
 */
export function writtenSize(size: number): SQL {
  if (!Number.isSafeInteger(size) || size < 1 || size > 1000) throw new Error(`page size ${size}`);
  return sql.raw(String(size));
}

/** `writtenSize` for a builder's `.limit()`, typed as its argument: drizzle writes an SQL chunk as it is. */
export const writtenLimit = (size: number): number => writtenSize(size) as unknown as number;

/** A text constant written in (a status, a kind): for a filter the planner must see to pick a partial index or a generic plan. */
export const writtenText = (value: string): SQL => {
  if (!/^[a-z_]+$/.test(value)) throw new Error(`not a constant: ${value}`);
  return sql.raw(`'${value}'`);
};
