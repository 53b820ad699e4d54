/**
 * Issue 6 item 3, QC-15: the cases awaiting a mediator (`Médiation demandée`), oldest first. The
 * list pages by key on `cases_status_opened_idx (status, opened_at, id)`, so a page costs the
 * same however many cases the platform holds. Metadata only (STF-2): number, programme, the
 * business's registry name and sector, dates. A page is read in one statement with the session
 * (ADR 0015); the staff dashboard reads its first rows with the same fragment.
 */
import type { MediationQueue, MediationQueueItem } from '@entente/contracts';
import { calendarDaysBetween } from '@entente/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import type { AppDb } from '../../db/client.js';
import { notFound } from '../../platform/errors.js';
import { writtenSize, writtenText } from '../../platform/named-sql.js';
import { requireUserWith } from '../auth/request-auth.js';
import { sessionStatement } from '../auth/sessions.js';
import { isStaffUser, staffOnly } from '../businesses/business-access.js';
import { decodeCursor, encodeCursor } from '../cases/command-schemas.js';

/** The qc status of a case whose parties asked for mediation and that has no mediator yet. */
export const AWAITING_MEDIATOR = 'mediation_requested';

/** A queue row as the statement returns it, in JSON (timestamps as text). */
export type QueueRow = {
  id: string;
  caseNumber: string;
  programme: 'qc' | 'fr';
  openedAt: string;
  requestedAt: string | null;
  timeZone: string;
  legalName: string | null;
  sector: string | null;
  mediatorUserId: string | null;
  mediatorGivenName: string | null;
  mediatorFamilyName: string | null;
};

/**
 * The first `take` cases awaiting a mediator, after the `afterAt`/`afterId` placeholders when
 * `after`, as one JSON array: an ordered range of the index and its rows. The request's date is
 * the case's column, not the state's (ADR 0023: one value of the state costs the whole snapshot).
 */
export function queueRows(take: number, after = false): SQL {
  const from = after
    ? sql`AND (opened_at, id) > (${sql.placeholder('afterAt')}::timestamptz, ${sql.placeholder('afterId')}::uuid)`
    : sql``;
  return sql`SELECT coalesce(json_agg(json_build_object('id', c.id,
      'caseNumber', c.case_number, 'programme', c.programme, 'openedAt', c.opened_at,
      'requestedAt', c.mediation_requested_at, 'timeZone', c.settings->>'timeZone',
      'legalName', b.legal_name, 'sector', b.sector, 'mediatorUserId', c.mediator_user_id,
      'mediatorGivenName', u.given_name, 'mediatorFamilyName', u.family_name)
      ORDER BY c.opened_at, c.id), '[]'::json)
    FROM (SELECT id, case_number, programme, opened_at, mediation_requested_at, settings,
        business_id, mediator_user_id
      FROM cases WHERE status = ${writtenText(AWAITING_MEDIATOR)} ${from}
      ORDER BY opened_at, id LIMIT ${writtenSize(take)}) c
    LEFT JOIN businesses b ON b.id = c.business_id
    LEFT JOIN users u ON u.id = c.mediator_user_id`;
}

export function queueItemOf(row: QueueRow, now: Date): MediationQueueItem {
  return {
    caseId: row.id,
    caseNumber: row.caseNumber,
    programme: row.programme,
    openedAt: new Date(row.openedAt).toISOString(),
    business:
      row.legalName === null || row.sector === null
        ? null
        : { legalName: row.legalName, sector: row.sector },
    requestedAt: row.requestedAt === null ? null : new Date(row.requestedAt).toISOString(),
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

/** One statement per variant (first page or after a cursor) and page size, written in. */
const pageStatement = (db: AppDb, after: boolean, take: number) =>
  sessionStatement(db, `mediation_queue_${after ? 'after' : 'first'}_${take}`, () => ({
    page: staffOnly<QueueRow[]>(queueRows(take, after)),
  }));

/** A page of the queue for the request's staff member or administrator; 404 to anyone else. */
export async function mediationQueue(
  ctx: AppContext,
  request: FastifyRequest,
  query: { after?: string | undefined; limit: number },
): Promise<MediationQueue> {
  const cursor = query.after === undefined ? null : decodeCursor(query.after);
  const statement = pageStatement(ctx.database.db, cursor !== null, query.limit + 1);
  const found = await requireUserWith(ctx, request, async (sessionHash) => {
    const [row] = await statement.execute({
      sessionHash,
      afterAt: cursor?.openedAt.toISOString(),
      afterId: cursor?.id,
    });
    return row;
  });
  if (!isStaffUser(found.user)) throw notFound();
  const rows = found.page ?? [];
  const shown = rows.slice(0, query.limit);
  const last = shown.at(-1);
  return {
    items: shown.map((row) => queueItemOf(row, ctx.clock.now())),
    next: rows.length > query.limit && last ? encodeCursor(new Date(last.openedAt), last.id) : null,
  };
}
