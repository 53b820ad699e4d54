/**
 * `--verify K`: K random cases, each journal replayed with the engine's `replay` and compared
 * with `cases.state` and the projected columns — the same check as the API's
 * expectEveryCaseConsistent, through the API's own journal reader.
 */
import { isDeepStrictEqual } from 'node:util';
import { replay } from '@entente/domain';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../../apps/api/src/db/client.js';
import { loadJournal, readCase, toDomainEvent } from '../../../apps/api/src/modules/cases/case-store.js';

/** A column copied from the state (ADR 0023) against the state's ISO text. */
const sameInstant = (column: Date | null, iso: string | null) =>
  (column?.getTime() ?? null) === (iso === null ? null : Date.parse(iso));

export async function verify(url: string, sample: number, log: (line: string) => void): Promise<number> {
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
  try {
    const picked = await database.db.execute(
      sql`SELECT id FROM cases ORDER BY random() LIMIT ${sample}`,
    );
    const ids = (picked as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
    let failures = 0;
    for (const id of ids) {
      const row = await readCase(database.db, id);
      const journal = await loadJournal(database.db, id);
      const state = replay(journal.map(toDomainEvent));
      const columnsAgree =
        row !== undefined &&
        row.status === state.status &&
        row.version === state.revision &&
        (row.outcome ?? null) === (state.closure?.outcome ?? null) &&
        (row.mediatorUserId ?? null) === (state.mediator?.userId ?? null) &&
        sameInstant(row.mediationRequestedAt, state.mediationRequestedAt) &&
        sameInstant(row.mediationStartedAt, state.mediationStartedAt) &&
        sameInstant(row.mediationEndsAt, state.due.mediationEndsAt) &&
        sameInstant(row.mediationAlertAt, state.due.mediationAlertAt) &&
        journal.every((e, i) => e.seq === i + 1);
      if (!row || !isDeepStrictEqual(state, row.state) || !columnsAgree) {
        failures += 1;
        log(`  case ${id}: replay differs from the stored state`);
      }
    }
    log(`verified ${ids.length} cases: ${failures} inconsistent`);
    return failures;
  } finally {
    await database.close();
  }
}
