/**
 * The access gate's statement: the case row with every relation the reader holds to it — as a
 * case member, or through an active membership in its business (ORG-1). Every case route starts
 * here, so it is one named statement (issue 7). The case page's reads add their own data to it
 * (`caseRead`) and, on their GET routes, read the session in it too: one round trip per request.
 * The data is read whatever the access and used only once `readableCase…` has granted it.
 */
import { eq, sql, type SQL } from 'drizzle-orm';
import type { AppDb } from '../../db/client.js';
import { cases, sessions, users, type CaseRelation } from '../../db/schema/index.js';
import { prepared } from '../../platform/prepared.js';
import { SESSION_FIELDS, sessionWithHash } from '../auth/sessions.js';

const CASE_ID = sql.placeholder('caseId');
const USER_ID = sql`${sql.placeholder('userId')}`;
const SESSION_USER_ID = sql.raw('"sessions"."user_id"');

/**
 * The outer case row's columns for the added subqueries: drizzle leaves a lone table's columns
 * unqualified, and inside a subquery `business_id` or `id` would name the inner table's own.
 */
export const theCase = {
  id: sql.raw('"cases"."id"'),
  businessId: sql.raw('"cases"."business_id"'),
  state: sql.raw('"cases"."state"'),
};

const relations = (userId: SQL) => ({
  members: sql<CaseRelation[]>`coalesce((select array_agg(cm.relation) from case_members cm
    where cm.case_id = ${theCase.id} and cm.user_id = ${userId} and cm.active), '{}')`,
  business: sql<('respondent' | 'representative')[]>`coalesce((select array_agg(bm.role)
    from business_members bm where bm.business_id = ${theCase.businessId}
      and bm.user_id = ${userId} and bm.removed_at is null), '{}')`,
});

export type GateRow = {
  row: typeof cases.$inferSelect | null;
  members: CaseRelation[];
  business: ('respondent' | 'representative')[];
};

export const gateStatement = (db: AppDb) =>
  prepared(db, 'case_gate', (db, name) =>
    db
      .select({ row: cases, ...relations(USER_ID) })
      .from(cases)
      .where(eq(cases.id, CASE_ID))
      .prepare(name),
  );

/**
 * A case page read: the gate plus the route's columns (`extra`, given the reader's id as SQL),
 * for a known user (`forUser`: caseId, userId) or for the request's session (`forSession`:
 * caseId, sessionHash; the row then carries the session and its user, and no row means no
 * session). Each is built once and named `name` / `name_in_session`.
 */
export function caseRead<X extends Record<string, SQL>>(name: string, extra: (userId: SQL) => X) {
  return {
    forUser: (db: AppDb) =>
      prepared(db, name, (db, name) =>
        db
          .select({ row: cases, ...relations(USER_ID), ...extra(USER_ID) })
          .from(cases)
          .where(eq(cases.id, CASE_ID))
          .prepare(name),
      ),
    forSession: (db: AppDb) =>
      prepared(db, `${name}_in_session`, (db, name) =>
        db
          .select({
            ...SESSION_FIELDS,
            row: cases,
            ...relations(SESSION_USER_ID),
            ...extra(SESSION_USER_ID),
          })
          .from(sessions)
          .innerJoin(users, eq(users.id, sessions.userId))
          .leftJoin(cases, eq(cases.id, CASE_ID))
          .where(sessionWithHash())
          .prepare(name),
      ),
  };
}

/** The reader's relations from the gate's columns (merchant roles through the business). */
export function relationsFrom(found: Pick<GateRow, 'members' | 'business'>): CaseRelation[] {
  const business = found.business.map((role) =>
    role === 'respondent' ? 'merchant_respondent' : 'merchant_representative',
  );
  return [...new Set([...found.members, ...business])];
}

export type Person = [id: string, givenName: string | null, familyName: string | null];

/**
 * `[id, given name, family name]` of the users whose ids `ids` (an SQL uuid[]) lists, as JSON:
 * the names a view shows, read in the same statement. `= ANY` of an array keeps the primary
 * key's index whatever gives the ids (an `IN (subquery)` may be planned as a scan of `users`).
 */
export const peopleAmong = (ids: SQL) =>
  sql<Person[]>`(select coalesce(json_agg(json_build_array(u.id,
    u.given_name, u.family_name)), '[]'::json) from users u where u.id = any(${ids}))`;

/** An id in the case's state at a JSON path (`{consumer,userId}`), as an SQL uuid. */
export const stateId = (path: `{${string}}`) =>
  sql`(${theCase.state} #>> ${sql.raw(`'${path}'`)})::uuid`;

/** JSON carries instants as text; the views give them as ISO strings, like a Date's. */
export const isoOf = (value: string) => new Date(value).toISOString();
