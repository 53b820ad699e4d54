/**
 * Statements built once (issue 7). drizzle's builders walk every part of a query, name its
 * columns and order its fields on each run; on the case commands' hot path that cost the API
 * more than PostgreSQL takes to run the statements (0.2–0.3 ms per statement with many columns
 * or rows). A statement of fixed shape is built with `sql.placeholder`s for its values, its text
 * and parameter list kept, and each run fills in its own values.
 */
import * as drizzle from 'drizzle-orm';
import { sql, type Query, type SQL } from 'drizzle-orm';
import type { SelectedFieldsOrdered } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client.js';
import { nameOf } from './named-sql.js';

/**
 * A selection's fields in the order drizzle's select writes them, as its prepared queries map
 * rows by. drizzle exports the function it uses but leaves it out of its type declarations.
 */
export const orderSelectedFields = (
  drizzle as unknown as { orderSelectedFields(fields: object): SelectedFieldsOrdered }
).orderSelectedFields;

/** What a drizzle builder gives to be built once: select, insert, update (`toSQL`). */
export interface Buildable {
  toSQL(): Query;
}

/**
 * A statement built on its first run, then run under its name (given, or from its text as with
 * `runNamed`) with each run's values. With `fields` (`orderSelectedFields` of the selection)
 * the rows come back mapped as the builder maps them; without, as `execute` returns them
 * (`rowsOf` reads it).
 */
export class BuiltOnce {
  readonly #fields: SelectedFieldsOrdered | undefined;
  #query: Query | undefined;
  #name: string | undefined;

  constructor(
    private readonly build: (db: Executor) => Buildable,
    options: { name?: string; fields?: SelectedFieldsOrdered } = {},
  ) {
    this.#name = options.name;
    this.#fields = options.fields;
  }

  run(db: Executor, values: Record<string, unknown>): Promise<unknown> {
    const query = (this.#query ??= this.build(db).toSQL());
    const name = (this.#name ??= nameOf(query.sql));
    const fields = this.#fields;
    return db._.session.prepareQuery(query, fields, name, fields !== undefined).execute(values);
  }
}

/**
 * The statements of one use whose text depends on a few numbers (rows written, events): one
 * `BuiltOnce` per shape, the shape a string that fixes the text.
 */
export class StatementShapes {
  readonly #built = new Map<string, BuiltOnce>();

  get(shape: string, build: (db: Executor) => Buildable): BuiltOnce {
    let statement = this.#built.get(shape);
    if (statement === undefined) {
      statement = new BuiltOnce(build);
      this.#built.set(shape, statement);
    }
    return statement;
  }
}

/**
 * A row of placeholders named `${prefix}${key}`, each written as SQL: drizzle then binds the
 * value as `encodeRow` gave it, where its own encoding of a placeholder would fail on null.
 */
export function placeholderRow(prefix: string, keys: readonly string[]): Record<string, SQL> {
  return Object.fromEntries(keys.map((key) => [key, sql`${sql.placeholder(`${prefix}${key}`)}`]));
}

/** `count` rows of placeholders, row `i` named `${prefix}${i}_${key}` (as `encodeRows` names its values). */
export function placeholderRows(
  prefix: string,
  count: number,
  keys: readonly string[],
): Record<string, SQL>[] {
  return Array.from({ length: count }, (_, index) => placeholderRow(`${prefix}${index}_`, keys));
}

type Columns = Record<string, { mapToDriverValue(value: unknown): unknown } | undefined>;

/** A row's values as its table's columns send them (a date as text, JSON as text), null as null. */
export function encodeRow(
  values: Record<string, unknown>,
  prefix: string,
  table: object,
  row: Record<string, unknown>,
): void {
  const columns = table as Columns;
  for (const [key, value] of Object.entries(row)) {
    const column = columns[key];
    if (column === undefined) throw new Error(`no column ${key}`);
    values[`${prefix}${key}`] =
      value === null || value === undefined ? null : column.mapToDriverValue(value);
  }
}

/** `encodeRow` of each row, row `i` under `${prefix}${i}_` (as `placeholderRows` names them). */
export function encodeRows(
  values: Record<string, unknown>,
  prefix: string,
  table: object,
  rows: readonly object[],
): void {
  rows.forEach((row, index) =>
    encodeRow(values, `${prefix}${index}_`, table, row as Record<string, unknown>),
  );
}

/** The keys of the first row, which fix a statement's text for rows built by one literal. */
export const keysOf = (rows: readonly object[]): string[] =>
  rows[0] === undefined ? [] : Object.keys(rows[0]);
