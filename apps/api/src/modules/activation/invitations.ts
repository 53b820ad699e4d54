/**
 * ACC-3: accounts that staff create (business respondents and representatives now; mediators and
 * staff in issue 6). Role-agnostic: the caller names the role. A new account has no password and
 * an unproven e-mail; it gets a one-time activation link, valid 7 days, of which only the SHA-256
 * is stored (256 random bits, single use). An existing account simply gains the role.
 */
import type { Language, Role } from '@entente/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import { accountActivations, users } from '../../db/schema/index.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import type { User, UserRow } from '../auth/sessions.js';
import { findUserByEmail } from '../auth/users-repo.js';
import { renderActivationMail } from './activation-mail.js';

export const ACTIVATION_DAYS = 7;
const DAY_MS = 86_400_000;

/** The web page the link opens; the token is in the path (the request log hides it). */
export const activationLink = (publicUrl: string, token: string) =>
  `${publicUrl}/activation/${token}`;

/**
 * A new link for the account, the earlier unused ones deleted (one valid link at a time),
 * and its e-mail in the outbox: returns the mail id to dispatch after commit.
 */
export async function issueActivation(
  tx: Tx,
  ctx: AppContext,
  user: Pick<User, 'id' | 'email' | 'preferredLanguage'>,
  createdBy: string,
  organisation: string | null,
): Promise<string> {
  const now = ctx.clock.now();
  // A superseded link is as unknown as a mistyped one.
  await tx
    .delete(accountActivations)
    .where(and(eq(accountActivations.userId, user.id), isNull(accountActivations.usedAt)));
  const token = randomToken(32);
  await tx.insert(accountActivations).values({
    tokenHash: sha256(token),
    userId: user.id,
    createdBy,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ACTIVATION_DAYS * DAY_MS),
  });
  const lang = user.preferredLanguage;
  const mail = {
    email: user.email,
    link: activationLink(ctx.config.publicUrl, token),
    days: ACTIVATION_DAYS,
    organisation,
  };
  return ctx.mail.enqueue(tx, {
    to: user.email,
    lang,
    template: 'account_activation',
    render: (b) => renderActivationMail(mail, lang, b),
  });
}

export interface Invitee {
  readonly email: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly preferredLanguage: Language;
}

/**
 * The account for this address with `role` added: created without a password (and e-mailed an
 * activation link) when there is none; an account that never set its password gets a fresh link.
 */
export async function inviteAccount(
  tx: Tx,
  ctx: AppContext,
  invitee: Invitee,
  role: Role,
  createdBy: string,
  organisation: string | null,
): Promise<{ user: UserRow; mailIds: string[] }> {
  const now = ctx.clock.now();
  const existing = await findUserByEmail(tx, invitee.email);
  let user: UserRow;
  if (existing) {
    if (existing.roles.includes(role)) user = existing;
    else {
      const [updated] = await tx
        .update(users)
        .set({ roles: [...existing.roles, role], updatedAt: now })
        .where(eq(users.id, existing.id))
        .returning();
      if (!updated) throw new Error('user update returned nothing');
      user = updated;
    }
  } else {
    const [created] = await tx
      .insert(users)
      .values({
        email: invitee.email,
        givenName: invitee.givenName,
        familyName: invitee.familyName,
        preferredLanguage: invitee.preferredLanguage,
        roles: [role],
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!created) throw new Error('user insert returned nothing');
    user = created;
  }
  if (user.passwordHash !== null) return { user, mailIds: [] };
  return { user, mailIds: [await issueActivation(tx, ctx, user, createdBy, organisation)] };
}
