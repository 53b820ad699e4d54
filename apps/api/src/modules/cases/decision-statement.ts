/**
 * The statement of `writeDecision` (the journal's new events and the case's new snapshot),
 * built once per number of events with placeholders for its values (`BuiltOnce`, issue 7).
 */
import { and, eq, sql } from 'drizzle-orm';
import { caseEvents, cases } from '../../db/schema/index.js';
import { BuiltOnce } from '../../platform/named-sql.js';

type Columns = Record<string, { mapToDriverValue(value: unknown): unknown }>;

/**
 * Values as the column would send them (a date as text, the state as JSON), null as null: a
 * placeholder written as SQL is bound as it is, where drizzle's own encoding would fail on null.
 */
export function encodeInto(
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

/** The decision's statement for a number of events, built on first use (`BuiltOnce`). */
const decisionStatements = new Map<number, BuiltOnce>();

const placeholders = (prefix: string, keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, sql`${sql.placeholder(`${prefix}${key}`)}`]));

/**
 * `caseColumns` and `toEventRow` always give the same keys: the first run's keys fix the
 * statement's shape for its number of events.
 */
export function decisionStatement(
  eventCount: number,
  setKeys: readonly string[],
  eventKeys: readonly string[],
): BuiltOnce {
  let statement = decisionStatements.get(eventCount);
  if (statement === undefined) {
    const journalRows = Array.from({ length: eventCount }, (_, index) =>
      placeholders(`e${index}_`, eventKeys),
    ) as unknown as (typeof caseEvents.$inferInsert)[];
    const set = placeholders('', setKeys);
    statement = new BuiltOnce(`case_decision_${eventCount}`, (db) => {
      const journal = db.$with('journal').as(db.insert(caseEvents).values(journalRows));
      return (eventCount > 0 ? db.with(journal) : db)
        .update(cases)
        .set(set)
        .where(
          and(
            eq(cases.id, sql.placeholder('whereId')),
            eq(cases.version, sql.placeholder('whereVersion')),
          ),
        )
        .returning({ id: cases.id });
    });
    decisionStatements.set(eventCount, statement);
  }
  return statement;
}
