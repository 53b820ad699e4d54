/**
 * Who may do what with a business (ORG-1). Staff and administrators manage the registry; a
 * business's active members read it; its respondent manages its representatives when the
 * programme allows it (`respondentManagesRepresentatives`). Everyone else gets 404 (SPEC §2).
 */
import { defaultSettings } from '@entente/domain';
import type { CaseRelation } from '../../db/schema/index.js';
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { businessMembers, users } from '../../db/schema/index.js';
import type { User } from '../auth/sessions.js';

export type MemberRole = 'respondent' | 'representative';
export type BusinessProgramme = 'qc' | 'fr';

export const isStaffUser = (user: User) =>
  user.roles.includes('staff') || user.roles.includes('administrator');

/**
 * A part of a statement that joins `users` for the session's person, read only when that person
 * is staff or an administrator (null otherwise): a route that reads the session and its data
 * in one statement still refuses others with `isStaffUser`, without having read the data.
 */
export const staffOnly = <T>(part: SQL) =>
  sql<T | null>`CASE WHEN ${users.roles} && ARRAY['staff', 'administrator']::text[] THEN (${part}) END`;

/** The person's active roles in one business (SEC-15: read on every request, never cached). */
export async function activeRoles(
  db: Executor,
  businessId: string,
  userId: string,
): Promise<MemberRole[]> {
  const rows = await db
    .select({ role: businessMembers.role })
    .from(businessMembers)
    .where(
      and(
        eq(businessMembers.businessId, businessId),
        eq(businessMembers.userId, userId),
        isNull(businessMembers.removedAt),
      ),
    );
  return rows.map((row) => row.role);
}

const RELATION: Record<MemberRole, CaseRelation> = {
  respondent: 'merchant_respondent',
  representative: 'merchant_representative',
};

/** A merchant's relations to a case come from their active membership in its business. */
export async function businessRelations(
  db: Executor,
  businessId: string,
  userId: string,
): Promise<CaseRelation[]> {
  return (await activeRoles(db, businessId, userId)).map((role) => RELATION[role]);
}

/** Case members' relations plus business ones, without duplicates. */
export function mergeRelations(...lists: readonly (readonly CaseRelation[])[]): CaseRelation[] {
  return [...new Set(lists.flat())];
}

/** ORG-1: staff always; the respondent for representatives when the programme allows it. */
export function mayManageMember(
  user: User,
  roles: readonly MemberRole[],
  programme: BusinessProgramme,
  memberRole: MemberRole,
): boolean {
  if (isStaffUser(user)) return true;
  return (
    memberRole === 'representative' &&
    roles.includes('respondent') &&
    defaultSettings(programme).respondentManagesRepresentatives
  );
}
