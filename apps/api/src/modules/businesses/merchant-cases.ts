/**
 * Issue 5 item 2: a merchant's "Mes dossiers" — every case of the businesses they are an active
 * member of, newest first, with the consumer's name and the representative in charge.
 *
 * Paging is by key on `cases_business_status_opened_idx` (business_id, status, opened_at, id).
 * Without a status filter the index cannot give one business's cases in date order, so the
 * query asks it once per (business, status) — each an ordered index range cut at the cursor and
 * at `limit + 1` — and keeps the newest `limit + 1` of those: a page costs a few index probes
 * whether the business has 50 cases or 50,000. Drafts are left out: the business hears of a case when it is
 * submitted (QC-7).
 */
import type { MerchantCase, MerchantCaseListQuery } from '@entente/contracts';
import { STATUSES } from '@entente/domain';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
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

type PageRow = {
  id: string;
  case_number: string;
  programme: 'qc' | 'fr';
  status: string;
  outcome: string | null;
  opened_at: Date | string;
  submitted_at: Date | string | null;
  business_id: string;
  legal_name: string;
  consumer_given: string | null;
  consumer_family: string | null;
  rep_id: string | null;
  rep_given: string | null;
  rep_family: string | null;
};

const iso = (value: Date | string) => new Date(value).toISOString();

export async function listMerchantCases(
  ctx: AppContext,
  user: User,
  query: MerchantCaseListQuery,
): Promise<{ items: MerchantCase[]; next: string | null }> {
  const cursor = query.after === undefined ? null : decodeCursor(query.after);
  const now = ctx.clock.now();
  const take = query.limit + 1;
  const statuses = sql.join(
    statusesFor(query).map((status) => sql`${status}`),
    sql`, `,
  );
  // One round trip (issue 7): the person's businesses, one keyed index range per (business,
  // status) through LATERAL, the page cut, then the page's names.
  const rows = rowsOf(
    await ctx.database.db.execute(sql`
      WITH page AS (
        SELECT c.id, c.opened_at
        FROM (SELECT DISTINCT business_id FROM business_members
              WHERE user_id = ${user.id}::uuid AND removed_at IS NULL) AS b
        CROSS JOIN unnest(ARRAY[${statuses}]::text[]) AS s(status)
        CROSS JOIN LATERAL (
          SELECT id, opened_at FROM cases
          WHERE business_id = b.business_id AND status = s.status
          ${query.assigned === 'me' ? sql`AND merchant_representative_user_id = ${user.id}::uuid` : sql``}
          ${cursor === null ? sql`` : sql`AND (opened_at, id) < (${cursor.openedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`}
          AND (readable_until IS NULL OR readable_until > ${now.toISOString()}::timestamptz)
          ORDER BY opened_at DESC, id DESC LIMIT ${take}
        ) AS c
        ORDER BY c.opened_at DESC, c.id DESC LIMIT ${take}
      )
      SELECT cs.id, cs.case_number, cs.programme, cs.status, cs.outcome, cs.opened_at,
             cs.submitted_at, cs.business_id, bz.legal_name,
             cu.given_name AS consumer_given, cu.family_name AS consumer_family,
             ru.id AS rep_id, ru.given_name AS rep_given, ru.family_name AS rep_family
      FROM page
      JOIN cases cs ON cs.id = page.id
      JOIN businesses bz ON bz.id = cs.business_id
      LEFT JOIN users cu ON cu.id = cs.consumer_user_id
      LEFT JOIN users ru ON ru.id = cs.merchant_representative_user_id
      ORDER BY page.opened_at DESC, page.id DESC`),
  ) as PageRow[];
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      caseNumber: row.case_number,
      programme: row.programme,
      status: row.status,
      outcome: row.outcome,
      openedAt: iso(row.opened_at),
      submittedAt: row.submitted_at === null ? null : iso(row.submitted_at),
      consumerName: row.consumer_given ? `${row.consumer_given} ${row.consumer_family}` : '',
      businessId: row.business_id,
      businessName: row.legal_name,
      representative: row.rep_id
        ? { userId: row.rep_id, name: `${row.rep_given} ${row.rep_family}` }
        : null,
    })),
    next:
      rows.length > query.limit && last ? encodeCursor(new Date(last.opened_at), last.id) : null,
  };
}
