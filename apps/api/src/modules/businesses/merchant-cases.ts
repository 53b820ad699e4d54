/**
 * Issue 5 item 2: a merchant's "Mes dossiers" — every case of the businesses they are an active
 * member of, newest first, with the consumer's name and the representative in charge.
 *
 * Paging is by key on `cases_business_status_opened_idx` (business_id, status, opened_at, id).
 * Without a status filter the index cannot give one business's cases in date order, so the
 * query asks it once per (business, status) — each an ordered index range cut at the cursor and
 * at `limit + 1` — and merges them (a Merge Append): a page costs a few index probes whether the
 * business has 50 cases or 50,000. Drafts are left out: the business hears of a case when it is
 * submitted (QC-7).
 */
import type { MerchantCase, MerchantCaseListQuery } from '@entente/contracts';
import { STATUSES } from '@entente/domain';
import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AppContext } from '../../app-context.js';
import { businessMembers, businesses, cases, users } from '../../db/schema/index.js';
import { rowsOf } from '../../platform/rate-limit.js';
import type { User } from '../auth/sessions.js';
import { decodeCursor, encodeCursor } from '../cases/command-schemas.js';

/** Every status a merchant may filter on (both programmes), drafts excluded. */
export const MERCHANT_STATUSES: readonly string[] = [
  ...new Set([...STATUSES.qc, ...STATUSES.fr]),
].filter((status) => status !== 'draft');

function statusesFor(query: MerchantCaseListQuery): string[] {
  if (query.status !== undefined) return [query.status];
  if (query.filter === 'closed') return ['closed'];
  if (query.filter === 'open') return MERCHANT_STATUSES.filter((s) => s !== 'closed');
  return [...MERCHANT_STATUSES];
}

export async function listMerchantCases(
  ctx: AppContext,
  user: User,
  query: MerchantCaseListQuery,
): Promise<{ items: MerchantCase[]; next: string | null }> {
  const db = ctx.database.db;
  const memberships = await db
    .selectDistinct({ businessId: businessMembers.businessId })
    .from(businessMembers)
    .where(and(eq(businessMembers.userId, user.id), isNull(businessMembers.removedAt)));
  const businessIds = memberships.map((m) => m.businessId);
  if (businessIds.length === 0) return { items: [], next: null };
  const cursor = query.after === undefined ? null : decodeCursor(query.after);
  const now = ctx.clock.now();
  const take = query.limit + 1;
  const branches: SQL[] = [];
  for (const businessId of businessIds) {
    for (const status of statusesFor(query)) {
      branches.push(sql`(SELECT id, opened_at FROM cases
        WHERE business_id = ${businessId}::uuid AND status = ${status}
        ${query.assigned === 'me' ? sql`AND merchant_representative_user_id = ${user.id}::uuid` : sql``}
        ${cursor === null ? sql`` : sql`AND (opened_at, id) < (${cursor.openedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`}
        AND (readable_until IS NULL OR readable_until > ${now.toISOString()}::timestamptz)
        ORDER BY opened_at DESC, id DESC LIMIT ${take})`);
    }
  }
  const merged = rowsOf(
    await db.execute(
      sql`SELECT id FROM (${sql.join(branches, sql` UNION ALL `)}) AS page ORDER BY opened_at DESC, id DESC LIMIT ${take}`,
    ),
  ).map((row) => String(row.id));
  if (merged.length === 0) return { items: [], next: null };
  const consumer = alias(users, 'consumer');
  const representative = alias(users, 'representative');
  const rows = await db
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      programme: cases.programme,
      status: cases.status,
      outcome: cases.outcome,
      openedAt: cases.openedAt,
      submittedAt: cases.submittedAt,
      businessId: cases.businessId,
      businessName: businesses.legalName,
      consumerGiven: consumer.givenName,
      consumerFamily: consumer.familyName,
      repId: representative.id,
      repGiven: representative.givenName,
      repFamily: representative.familyName,
    })
    .from(cases)
    .innerJoin(businesses, eq(businesses.id, cases.businessId))
    .leftJoin(consumer, eq(consumer.id, cases.consumerUserId))
    .leftJoin(representative, eq(representative.id, cases.merchantRepresentativeUserId))
    .where(inArray(cases.id, merged));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered = merged.flatMap((id) => byId.get(id) ?? []);
  const page = ordered.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      caseNumber: row.caseNumber,
      programme: row.programme,
      status: row.status,
      outcome: row.outcome,
      openedAt: row.openedAt.toISOString(),
      submittedAt: row.submittedAt?.toISOString() ?? null,
      consumerName: row.consumerGiven ? `${row.consumerGiven} ${row.consumerFamily}` : '',
      businessId: row.businessId,
      businessName: row.businessName,
      representative: row.repId
        ? { userId: row.repId, name: `${row.repGiven} ${row.repFamily}` }
        : null,
    })),
    next: ordered.length > query.limit && last ? encodeCursor(last.openedAt, last.id) : null,
  };
}
