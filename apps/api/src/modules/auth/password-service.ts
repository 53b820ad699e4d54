import type { Language } from '@entente/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { passwordResetTokens, users } from '../../db/schema/index.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';
import { renderAccountMail } from '../mail/templates.js';
import { limits, rejectCommonPassword } from './auth-service.js';
import { hashPassword, verifyPassword } from './passwords.js';
import type { Authenticated } from './sessions.js';
import { findUserByEmail, findUserById } from './users-repo.js';

const RESET_MINUTES = 60;

/** ACC-4 and SEC-7: reset by e-mailed link, change when signed in; both end other sessions. */
export class PasswordService {
  constructor(private readonly ctx: AppContext) {}

  /** Same answer whether or not the address has an account. */
  async forgot(email: string, ip: string): Promise<void> {
    const { database, rateLimiter, clock, mail, config } = this.ctx;
    await rateLimiter.hit(database.db, `forgot:ip:${ip}`, limits.forgotPerIp);
    await rateLimiter.hit(database.db, `forgot:email:${sha256(email)}`, limits.forgotPerEmail);
    const mailIds: string[] = [];
    await database.transaction(async (tx) => {
      const user = await findUserByEmail(tx, email);
      if (!user || !user.emailVerifiedAt || user.disabledAt) return;
      const token = randomToken(32);
      const now = clock.now();
      await tx.insert(passwordResetTokens).values({
        tokenHash: sha256(token),
        userId: user.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000),
      });
      const link = `${config.publicUrl}/reset-password?token=${token}`;
      mailIds.push(
        await mail.enqueue(tx, {
          to: user.email,
          lang: user.preferredLanguage,
          template: 'password_reset',
          render: (b) =>
            renderAccountMail(
              { template: 'password_reset', link, minutes: RESET_MINUTES },
              user.preferredLanguage,
              b,
            ),
        }),
      );
    });
    await mail.dispatch(mailIds);
  }

  /** Sets the new password; does not sign in, so the second factors still apply (SEC-7). */
  async reset(token: string, password: string, lang: Language): Promise<void> {
    const { database, clock } = this.ctx;
    rejectCommonPassword(password, 'password', lang);
    const hash = await hashPassword(password);
    const mailIds = await database.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(passwordResetTokens)
        .where(
          and(eq(passwordResetTokens.tokenHash, sha256(token)), isNull(passwordResetTokens.usedAt)),
        );
      const now = clock.now();
      if (!row || row.expiresAt <= now) throw new AppError(400, 'reset_token_invalid');
      // Every outstanding link of the account dies with this one.
      await tx
        .update(passwordResetTokens)
        .set({ usedAt: now })
        .where(and(eq(passwordResetTokens.userId, row.userId), isNull(passwordResetTokens.usedAt)));
      return this.#store(tx, row.userId, hash);
    });
    await this.ctx.mail.dispatch(mailIds);
  }

  async change(auth: Authenticated, current: string, next: string, lang: Language): Promise<void> {
    const { database, rateLimiter } = this.ctx;
    const key = `login:fail:${auth.user.id}`;
    await rateLimiter.check(database.db, key, limits.loginFailuresPerAccount);
    // The hash is read here, not carried by the session (sessions.ts): the stored one, now.
    const stored = (await findUserById(database.db, auth.user.id))?.passwordHash;
    if (!stored || !(await verifyPassword(stored, current))) {
      await rateLimiter.hit(database.db, key, limits.loginFailuresPerAccount);
      const message =
        lang === 'fr'
          ? 'Le mot de passe actuel est incorrect.'
          : 'The current password is incorrect.';
      throw new AppError(400, 'current_password_wrong', { fields: { currentPassword: message } });
    }
    rejectCommonPassword(next, 'newPassword', lang);
    const hash = await hashPassword(next);
    const mailIds = await database.transaction((tx) =>
      this.#store(tx, auth.user.id, hash, auth.session.id),
    );
    await this.ctx.mail.dispatch(mailIds);
  }

  async #store(
    tx: Parameters<Parameters<AppContext['database']['transaction']>[0]>[0],
    userId: string,
    hash: string,
    keepSessionId?: string,
  ) {
    const now = this.ctx.clock.now();
    const [user] = await tx
      .update(users)
      .set({ passwordHash: hash, passwordChangedAt: now, updatedAt: now })
      .where(eq(users.id, userId))
      .returning();
    if (!user) throw new AppError(400, 'reset_token_invalid');
    await this.ctx.sessions.revokeAll(tx, userId, keepSessionId);
    return [
      await this.ctx.mail.enqueue(tx, {
        to: user.email,
        lang: user.preferredLanguage,
        template: 'password_changed',
        render: (b) =>
          renderAccountMail({ template: 'password_changed' }, user.preferredLanguage, b),
      }),
    ];
  }
}
