/**
 * ORG-1: the business as one reader sees it. Staff and the respondent read the people; a
 * representative reads the business without them.
 */
import type { BusinessView } from '@entente/contracts';
import type { AppContext } from '../../app-context.js';
import type { User } from '../auth/sessions.js';
import { isStaffUser, mayManageMember, type MemberRole } from './business-access.js';
import { listMembers } from './business-members.js';
import { summaryOf, type BusinessRow } from './business-registry.js';

export async function fullView(
  ctx: AppContext,
  business: BusinessRow,
  user: User,
  roles: readonly MemberRole[],
): Promise<BusinessView> {
  const seesMembers = isStaffUser(user) || roles.includes('respondent');
  return {
    ...summaryOf(business),
    addresses: business.addresses,
    participationDate: business.participationDate,
    createdAt: business.createdAt.toISOString(),
    updatedAt: business.updatedAt.toISOString(),
    members: seesMembers ? await listMembers(ctx.database.db, business.id) : [],
    canManageRepresentatives: mayManageMember(user, roles, business.programme, 'representative'),
  };
}
