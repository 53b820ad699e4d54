/**
 * Issue 6 item 3, QC-15: the cases awaiting a mediator (`Médiation demandée`), oldest first. The
 * list pages by key on `cases_status_opened_idx (status, opened_at, id)`, so a page costs the
 * same however many cases the platform holds. Metadata only (STF-2): number, programme, the
 * business's registry name and sector, dates.
 */
import type { MediationQueue, MediationQueueItem } from '@entente/contracts';
import { calendarDaysBetween } from '@entente/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { businesses, cases, users } from '../../db/schema/index.js';
import { runBuiltNamed, writtenLimit, writtenText } from '../../platform/named-sql.js';
import { decodeCursor, encodeCursor } from '../cases/command-schemas.js';

/** The qc status of a case whose parties asked for mediation and that has no mediator yet. */
export const AWAITING_MEDIATOR = 'mediation_requested';

const requestedAt = sql<string | null>`${cases.state}->>'mediationRequestedAt'`;
const timeZone = sql<string>`${cases.settings}->>'timeZone'`;

/** A queue row as the list reads it (the dashboard reads the same fields as JSON). */
export type QueueRow = {
  id: string;
  caseNumber: string;
  programme: 'qc' | 'fr';
  openedAt: Date;
  requestedAt: string | null;
  timeZone: string;
  legalName: string | null;
  sector: string | null;
  mediatorUserId: string | null;
  mediatorGivenName: string | null;
  mediatorFamilyName: string | null;
};

export function queueItemOf(row: QueueRow, now: Date): MediationQueueItem {
  return {
    caseId: row.id,
    caseNumber: row.caseNumber,
    programme: row.programme,
    openedAt: row.openedAt.toISOString(),
    business:
      row.legalName === null || row.sector === null
        ? null
        : { legalName: row.legalName, sector: row.sector },
    requestedAt: row.requestedAt,
    waitingDays:
      row.requestedAt === null ? null : calendarDaysBetween(row.requestedAt, now, row.timeZone),
    mediator:
      row.mediatorUserId === null
        ? null
        : {
            userId: row.mediatorUserId,
            name: `${row.mediatorGivenName ?? ''} ${row.mediatorFamilyName ?? ''}`.trim(),
          },
  };
}

export async function queueItems(
  db: Executor,
  now: Date,
  page: { after?: string | undefined; limit: number },
): Promise<{ items: MediationQueueItem[]; more: boolean; cursor: string | null }> {
  const cursor = page.after === undefined ? null : decodeCursor(page.after);
  const rows = await runBuiltNamed(
    db
      .select({
        id: cases.id,
        caseNumber: cases.caseNumber,
        programme: cases.programme,
        openedAt: cases.openedAt,
        requestedAt,
        timeZone,
        legalName: businesses.legalName,
        sector: businesses.sector,
        mediatorUserId: cases.mediatorUserId,
        mediatorGivenName: users.givenName,
        mediatorFamilyName: users.familyName,
      })
      .from(cases)
      .leftJoin(businesses, eq(businesses.id, cases.businessId))
      .leftJoin(users, eq(users.id, cases.mediatorUserId))
      .where(
        and(
          sql`${cases.status} = ${writtenText(AWAITING_MEDIATOR)}`,
          cursor === null
            ? undefined
            : sql`(${cases.openedAt}, ${cases.id}) > (${cursor.openedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`,
        ),
      )
      .orderBy(asc(cases.openedAt), asc(cases.id))
      .limit(writtenLimit(page.limit + 1)),
  );
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    items: shown.map((row) => queueItemOf(row, now)),
    more: rows.length > page.limit,
    cursor: last ? encodeCursor(last.openedAt, last.id) : null,
  };
}

export async function mediationQueue(
  db: Executor,
  now: Date,
  query: { after?: string | undefined; limit: number },
): Promise<MediationQueue> {
  const { items, more, cursor } = await queueItems(db, now, query);
  return { items, next: more ? cursor : null };
}
