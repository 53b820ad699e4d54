/**
 * ACC-3: the person opens the e-mailed link, sets a password (SEC-1, SEC-2: the registration
 * policy and breached list), completes the professional profile and accepts the current terms
 * and confidentiality commitment (ACC-5). Activation proves the mailbox (the link came by
 * e-mail) but does not sign in: sign-in then works as for everyone (ACC-2, ACC-7).
 */
import type { ActivationBody, ActivationInfo, Language } from '@entente/contracts';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Executor } from '../../db/client.js';
import { accountActivations, businessMembers, businesses, users } from '../../db/schema/index.js';
import { sha256 } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';
import { rejectCommonPassword } from '../auth/auth-service.js';
import { hashPassword } from '../auth/passwords.js';
import { assertCurrentTerms, recordAcceptance } from '../terms/terms-service.js';

type ActivationRow = typeof accountActivations.$inferSelect;

/** Unknown, used and expired links get distinct answers: only the link's holder can ask. */
function usable(row: ActivationRow | undefined, now: Date): ActivationRow {
  if (!row) throw new AppError(404, 'activation_invalid');
  if (row.usedAt) throw new AppError(409, 'activation_used');
  if (row.expiresAt <= now) throw new AppError(410, 'activation_expired');
  return row;
}

async function findActivation(db: Executor, token: string) {
  const [row] = await db
    .select()
    .from(accountActivations)
    .where(eq(accountActivations.tokenHash, sha256(token)));
  return row;
}

/** The business the person was added to first, as a suggestion for "organisation". */
async function organisationOf(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ name: businesses.legalName })
    .from(businessMembers)
    .innerJoin(businesses, eq(businesses.id, businessMembers.businessId))
    .where(and(eq(businessMembers.userId, userId), isNull(businessMembers.removedAt)))
    .orderBy(asc(businessMembers.addedAt))
    .limit(1);
  return row?.name ?? null;
}

export async function lookupActivation(ctx: AppContext, token: string): Promise<ActivationInfo> {
  const db = ctx.database.db;
  const row = usable(await findActivation(db, token), ctx.clock.now());
  const [user] = await db.select().from(users).where(eq(users.id, row.userId));
  if (!user || user.disabledAt) throw new AppError(404, 'activation_invalid');
  return {
    email: user.email,
    givenName: user.givenName,
    familyName: user.familyName,
    organisation: user.professionalProfile?.organisation ?? (await organisationOf(db, user.id)),
    expiresAt: row.expiresAt.toISOString(),
  };
}

export async function activateAccount(
  ctx: AppContext,
  body: ActivationBody,
  lang: Language,
): Promise<{ email: string }> {
  rejectCommonPassword(body.password, 'password', lang);
  const passwordHash = await hashPassword(body.password);
  return ctx.database.transaction(async (tx) => {
    const now = ctx.clock.now();
    // The row lock makes a second, simultaneous use of the same link wait, then see it used.
    const [locked] = await tx
      .select()
      .from(accountActivations)
      .where(eq(accountActivations.tokenHash, sha256(body.token)))
      .for('update');
    const row = usable(locked, now);
    const versions = await assertCurrentTerms(tx, body.termsVersion, body.confidentialityVersion);
    await tx
      .update(accountActivations)
      .set({ usedAt: now })
      .where(eq(accountActivations.id, row.id));
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        passwordChangedAt: now,
        emailVerifiedAt: now,
        professionalProfile: body.profile,
        updatedAt: now,
      })
      .where(and(eq(users.id, row.userId), isNull(users.disabledAt)))
      .returning();
    if (!user) throw new AppError(404, 'activation_invalid');
    await recordAcceptance(tx, user.id, versions, now);
    return { email: user.email };
  });
}
