/**
 * Issue 5 item 2: a merchant's "Mes dossiers" — every case of the businesses they are an active
 * member of, newest first, with the consumer's name and the representative in charge.
 *
 * Paging is by key on `cases_business_status_opened_idx` (business_id, status, opened_at, id,
 * then readable_until and the representative in charge, so that each range is read from the
 * index alone, in order: migration 0016). Without a status filter the index cannot give one
 * business's cases in date order, so the query asks it once per (business, status) — each an
 * ordered index range cut at the cursor and at `limit + 1` — and keeps the newest `limit + 1` of
 * those: a page costs a few index probes whether the business has 50 cases or 50,000. Drafts are
 * left out: the business hears of a case when it is submitted (QC-7).
 */
import type { MerchantCase, MerchantCaseListQuery } from '@entente/contracts';
import { STATUSES } from '@entente/domain';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import type { AppDb } from '../../db/client.js';
import { writtenSize } from '../../platform/named-sql.js';
import { requireUserWith } from '../auth/request-auth.js';
import { sessionStatement } from '../auth/sessions.js';
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

const at = sql.placeholder;
const USER_ID = sql.raw('"sessions"."user_id"');

type PageRow = [
  id: string,
  caseNumber: string,
  programme: 'qc' | 'fr',
  status: string,
  outcome: string | null,
  openedAt: string,
  submittedAt: string | null,
  businessId: string,
  legalName: string,
  consumerGiven: string | null,
  consumerFamily: string | null,
  repId: string | null,
  repGiven: string | null,
  repFamily: string | null,
];

/**
 * One statement, with the request's session (issue 7): the person's businesses, one keyed range
 * per (business, status) through LATERAL, the page cut, then the page's names, as JSON. Named,
 * one per variant (assigned to me or not, first page or after a cursor, page size): the page
 * size is written in, not a parameter, because a generic plan for `LIMIT $n` reads and sorts
 * every case of the business per status instead of the first rows of each index range.
 */
const pageStatement = (db: AppDb, mine: boolean, after: boolean, take: number) => {
  const limit = writtenSize(take);
  const variant = `${mine ? 'mine' : 'all'}_${after ? 'after' : 'first'}_${take}`;
  return sessionStatement(db, `merchant_cases_${variant}`, () => ({
    page: sql<PageRow[]>`(SELECT coalesce(json_agg(json_build_array(cs.id, cs.case_number,
            cs.programme, cs.status, cs.outcome, cs.opened_at, cs.submitted_at, cs.business_id,
            bz.legal_name, cu.given_name, cu.family_name, ru.id, ru.given_name, ru.family_name)
            ORDER BY page.opened_at DESC, page.id DESC), '[]'::json)
          FROM (
            SELECT c.id, c.opened_at
            FROM (SELECT DISTINCT business_id FROM business_members
                  WHERE user_id = ${USER_ID} AND removed_at IS NULL) AS b
            CROSS JOIN unnest(${at('statuses')}::text[]) AS s(status)
            CROSS JOIN LATERAL (
              SELECT id, opened_at FROM cases
              WHERE business_id = b.business_id AND status = s.status
              ${mine ? sql`AND merchant_representative_user_id = ${USER_ID}` : sql``}
              ${after ? sql`AND (opened_at, id) < (${at('afterAt')}::timestamptz, ${at('afterId')}::uuid)` : sql``}
              AND (readable_until IS NULL OR readable_until > ${at('now')}::timestamptz)
              ORDER BY opened_at DESC, id DESC LIMIT ${limit}
            ) AS c
            ORDER BY c.opened_at DESC, c.id DESC LIMIT ${limit}
          ) AS page
          JOIN cases cs ON cs.id = page.id
          JOIN businesses bz ON bz.id = cs.business_id
          LEFT JOIN users cu ON cu.id = cs.consumer_user_id
          LEFT JOIN users ru ON ru.id = cs.merchant_representative_user_id)`,
  }));
};

const iso = (value: string) => new Date(value).toISOString();

/** "Mes dossiers" of the request's signed-in person (401/403 as `requireUser`). */
export async function listMerchantCases(
  ctx: AppContext,
  request: FastifyRequest,
  query: MerchantCaseListQuery,
): Promise<{ items: MerchantCase[]; next: string | null }> {
  const cursor = query.after === undefined ? null : decodeCursor(query.after);
  const take = query.limit + 1;
  const mine = query.assigned === 'me';
  const statement = pageStatement(ctx.database.db, mine, cursor !== null, take);
  const { page: rows } = await requireUserWith(ctx, request, async (sessionHash) => {
    const [found] = await statement.execute({
      sessionHash,
      statuses: statusesFor(query),
      now: ctx.clock.now().toISOString(),
      afterAt: cursor?.openedAt.toISOString(),
      afterId: cursor?.id,
    });
    return found;
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(
      ([
        id,
        caseNumber,
        programme,
        status,
        outcome,
        openedAt,
        submittedAt,
        businessId,
        ...rest
      ]) => {
        const [legalName, consumerGiven, consumerFamily, repId, repGiven, repFamily] = rest;
        return {
          id,
          caseNumber,
          programme,
          status,
          outcome,
          openedAt: iso(openedAt),
          submittedAt: submittedAt === null ? null : iso(submittedAt),
          consumerName: consumerGiven ? `${consumerGiven} ${consumerFamily}` : '',
          businessId,
          businessName: legalName,
          representative: repId ? { userId: repId, name: `${repGiven} ${repFamily}` } : null,
        };
      },
    ),
    next: rows.length > query.limit && last ? encodeCursor(new Date(last[5]), last[0]) : null,
  };
}
