/**
 * The statement of `writeDecision` (the journal's new events and the case's new snapshot),
 * built once per number of events with placeholders for its values (`BuiltOnce`, issue 7).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { caseEvents, cases } from '../../db/schema/index.js';
import {
  encodeRow,
  encodeRows,
  keysOf,
  placeholderRow,
  placeholderRows,
  StatementShapes,
} from '../../platform/built-once.js';
import { rowsOf } from '../../platform/rate-limit.js';

const shapes = new StatementShapes();

/**
 * Appends `journal` and sets the case's columns to `set` where the case is still at `version`;
 * returns the number of cases updated (0 when another writer came first). `caseColumns` and
 * `toEventRow` always give the same keys, so the number of events fixes the text.
 */
export async function runDecision(
  tx: Tx,
  where: { id: string; version: number },
  set: Record<string, unknown>,
  journal: readonly (typeof caseEvents.$inferInsert)[],
): Promise<number> {
  const values: Record<string, unknown> = { whereId: where.id, whereVersion: where.version };
  encodeRow(values, '', cases, set);
  encodeRows(values, 'e', caseEvents, journal);
  const setKeys = Object.keys(set);
  const eventKeys = keysOf(journal);
  const statement = shapes.get(`${journal.length}:${setKeys}:${eventKeys}`, (db) => {
    const rows = placeholderRows('e', journal.length, eventKeys);
    const appended = db
      .$with('journal')
      .as(db.insert(caseEvents).values(rows as unknown as (typeof caseEvents.$inferInsert)[]));
    return (journal.length > 0 ? db.with(appended) : db)
      .update(cases)
      .set(placeholderRow('', setKeys))
      .where(
        and(
          eq(cases.id, sql.placeholder('whereId')),
          eq(cases.version, sql.placeholder('whereVersion')),
        ),
      )
      .returning({ id: cases.id });
  });
  return rowsOf(await statement.run(tx, values)).length;
}
