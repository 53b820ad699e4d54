/**
 * ORG-1: the respondent (one at a time) and the representatives of a business. Adding someone
 * by e-mail gives an existing account the membership, or creates the account and e-mails its
 * activation link (ACC-3). Removing ends access on the person's next request (SEC-15): case
 * access is read from the active memberships on every request.
 */
import type { MemberBody, MemberView } from '@entente/contracts';
import { and, arrayContains, asc, eq, isNull, ne } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Executor, Tx } from '../../db/client.js';
import { businessMembers, businesses, users } from '../../db/schema/index.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { User, UserRow } from '../auth/sessions.js';
import { findUserByEmail } from '../auth/users-repo.js';
import { inviteAccount, issueActivation } from '../activation/invitations.js';
import type { MemberRole } from './business-access.js';
import type { BusinessRow } from './business-registry.js';

const ROLE = {
  respondent: 'merchant_respondent',
  representative: 'merchant_representative',
} as const;

async function lockBusiness(tx: Tx, id: string): Promise<BusinessRow> {
  const [row] = await tx.select().from(businesses).where(eq(businesses.id, id)).for('update');
  if (!row) throw notFound();
  return row;
}

async function activeMember(tx: Tx, businessId: string, role: MemberRole, userId?: string) {
  const [row] = await tx
    .select({ userId: businessMembers.userId })
    .from(businessMembers)
    .where(
      and(
        eq(businessMembers.businessId, businessId),
        eq(businessMembers.role, role),
        isNull(businessMembers.removedAt),
        userId === undefined ? undefined : eq(businessMembers.userId, userId),
      ),
    )
    .limit(1);
  return row;
}

export async function addMember(
  ctx: AppContext,
  actor: User,
  businessId: string,
  body: MemberBody,
): Promise<MemberView> {
  const { view, mailIds } = await ctx.database.transaction(async (tx) => {
    const business = await lockBusiness(tx, businessId);
    const existing = await findUserByEmail(tx, body.email);
    if (existing && (await activeMember(tx, businessId, body.role, existing.id))) {
      throw new AppError(409, 'business_already_member');
    }
    if (body.role === 'respondent' && (await activeMember(tx, businessId, 'respondent'))) {
      throw new AppError(409, 'business_has_respondent');
    }
    const { user, mailIds } = await inviteAccount(
      tx,
      ctx,
      body,
      ROLE[body.role],
      actor.id,
      business.legalName,
    );
    const now = ctx.clock.now();
    await tx
      .insert(businessMembers)
      .values({ businessId, userId: user.id, role: body.role, addedBy: actor.id, addedAt: now })
      .onConflictDoUpdate({
        target: [businessMembers.businessId, businessMembers.userId, businessMembers.role],
        set: { addedBy: actor.id, addedAt: now, removedAt: null },
      });
    return { view: memberViewOf(user, body.role, now), mailIds };
  });
  await ctx.mail.dispatch(mailIds);
  return view;
}

export async function removeMember(
  ctx: AppContext,
  businessId: string,
  userId: string,
  role: MemberRole,
): Promise<void> {
  await ctx.database.transaction(async (tx) => {
    await lockBusiness(tx, businessId);
    const now = ctx.clock.now();
    const removed = await tx
      .update(businessMembers)
      .set({ removedAt: now })
      .where(
        and(
          eq(businessMembers.businessId, businessId),
          eq(businessMembers.userId, userId),
          eq(businessMembers.role, role),
          isNull(businessMembers.removedAt),
        ),
      )
      .returning({ userId: businessMembers.userId });
    if (removed.length === 0) throw notFound();
    // The platform role goes with the last membership that needed it (menus, lists).
    const elsewhere = await tx
      .select({ businessId: businessMembers.businessId })
      .from(businessMembers)
      .where(
        and(
          eq(businessMembers.userId, userId),
          eq(businessMembers.role, role),
          isNull(businessMembers.removedAt),
          ne(businessMembers.businessId, businessId),
        ),
      )
      .limit(1);
    if (elsewhere.length > 0) return;
    const [user] = await tx.select().from(users).where(eq(users.id, userId));
    if (!user) return;
    await tx
      .update(users)
      .set({ roles: user.roles.filter((r) => r !== ROLE[role]), updatedAt: now })
      .where(and(eq(users.id, userId), arrayContains(users.roles, [ROLE[role]])));
  });
}

/** A new activation link for a member who has not activated yet (the old link dies). */
export async function resendActivation(
  ctx: AppContext,
  actor: User,
  businessId: string,
  userId: string,
): Promise<void> {
  const mailId = await ctx.database.transaction(async (tx) => {
    const business = await lockBusiness(tx, businessId);
    const [row] = await tx
      .select({ user: users })
      .from(businessMembers)
      .innerJoin(users, eq(users.id, businessMembers.userId))
      .where(
        and(
          eq(businessMembers.businessId, businessId),
          eq(businessMembers.userId, userId),
          isNull(businessMembers.removedAt),
        ),
      )
      .limit(1);
    if (!row) throw notFound();
    if (row.user.passwordHash !== null) throw new AppError(409, 'account_already_active');
    return issueActivation(tx, ctx, row.user, actor.id, business.legalName);
  });
  await ctx.mail.dispatch([mailId]);
}

function memberViewOf(
  user: Pick<UserRow, 'id' | 'givenName' | 'familyName' | 'email' | 'passwordHash'>,
  role: MemberRole,
  addedAt: Date,
): MemberView {
  return {
    userId: user.id,
    role,
    givenName: user.givenName,
    familyName: user.familyName,
    email: user.email,
    status: user.passwordHash === null ? 'pending' : 'active',
    addedAt: addedAt.toISOString(),
  };
}

/** The active members, respondent first. */
export async function listMembers(db: Executor, businessId: string): Promise<MemberView[]> {
  const rows = await db
    .select({ member: businessMembers, user: users })
    .from(businessMembers)
    .innerJoin(users, eq(users.id, businessMembers.userId))
    .where(and(eq(businessMembers.businessId, businessId), isNull(businessMembers.removedAt)))
    .orderBy(asc(businessMembers.addedAt));
  const first = (role: MemberRole) => (role === 'respondent' ? 0 : 1);
  return rows
    .sort((a, b) => first(a.member.role) - first(b.member.role))
    .map(({ member, user }) => memberViewOf(user, member.role, member.addedAt));
}
