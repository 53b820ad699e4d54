/**
 * Who reads a thread, in SQL, for the statements that count or mark unread messages without
 * loading the case: the kinds each case relation reads mirror `thread-access.ts` (QC-16: a
 * mediator never reads the parties' thread), and every active member of the case's business
 * registry reads the business's threads (ORG-2). Migrations 0014, 0015 and 0018 write the same
 * rules in SQL, to fill `unread_threads` for the messages posted before them.
 */
import { sql, type SQL } from 'drizzle-orm';

/** Whether a case relation (`relation`, a `case_members.relation`) reads a thread of `kind`. */
export const relationReads = (relation: SQL, kind: SQL): SQL => sql`(
  (${relation} IN ('consumer', 'consumer_representative')
    AND ${kind} IN ('parties', 'mediation', 'mediator_consumer'))
  OR (${relation} IN ('merchant_respondent', 'merchant_representative')
    AND ${kind} IN ('parties', 'mediation', 'mediator_business'))
  OR (${relation} = 'mediator'
    AND ${kind} IN ('mediation', 'mediator_consumer', 'mediator_business')))`;

/** Whether `kind` is one of the business's threads (the parties', the mediation, its own with the mediator), which its registry reads. */
export const businessReads = (kind: SQL): SQL =>
  sql`${kind} IN ('parties', 'mediation', 'mediator_business')`;

/**
 * Everyone who reads the case's thread of `kind` now, each once (`user_id`): its members by
 * relation, and the active registry of its business.
 */
export function threadReaders(caseId: string, businessId: string, kind: string): SQL {
  const k = sql`${kind}::text`;
  return sql`SELECT cm.user_id FROM case_members cm
      WHERE cm.case_id = ${caseId}::uuid AND cm.active AND ${relationReads(sql`cm.relation`, k)}
    UNION
    SELECT bm.user_id FROM business_members bm
      WHERE bm.business_id = ${businessId}::uuid AND bm.removed_at IS NULL AND ${businessReads(k)}`;
}
