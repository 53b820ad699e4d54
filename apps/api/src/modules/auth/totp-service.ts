import { eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { users } from '../../db/schema/index.js';
import { decrypt, encrypt } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';
import { renderAccountMail } from '../mail/templates.js';
import { readOfficeSettings } from '../settings/office-settings.js';
import { limits } from './auth-service.js';
import type { Authenticated } from './sessions.js';
import { checkTotp, newTotpSecret, totpEnrolment } from './totp.js';

/**
 * ACC-7: a TOTP authenticator as second factor. Setup stores a pending secret; confirming a code
 * from it enrols the account and upgrades the session (a new session ID: SEC-9).
 */
export class TotpService {
  constructor(private readonly ctx: AppContext) {}

  async setup(auth: Authenticated) {
    const { database, keys, clock } = this.ctx;
    if (auth.user.totpEnrolledAt && !auth.session.totpVerifiedAt)
      throw new AppError(403, 'mfa_required');
    const secret = newTotpSecret();
    await database.db
      .update(users)
      .set({
        totpSecretEnc: encrypt(keys.encryptionKey, secret),
        totpEnrolledAt: null,
        updatedAt: clock.now(),
      })
      .where(eq(users.id, auth.user.id));
    const office = await readOfficeSettings(database.db);
    return totpEnrolment(secret, auth.user.email, office.platformName);
  }

  async confirm(auth: Authenticated, code: string, userAgent: string | undefined) {
    const { database, keys, clock, rateLimiter, sessions, mail } = this.ctx;
    await rateLimiter.hit(database.db, `totp:${auth.user.id}`, limits.totpPerAccount);
    const [fresh] = await database.db.select().from(users).where(eq(users.id, auth.user.id));
    if (!fresh?.totpSecretEnc || fresh.totpEnrolledAt) throw new AppError(400, 'totp_not_started');
    const step = checkTotp(
      decrypt(keys.encryptionKey, fresh.totpSecretEnc),
      code,
      clock.now(),
      fresh.totpLastStep,
    );
    if (step === null) throw new AppError(400, 'totp_invalid');
    const result = await database.transaction(async (tx) => {
      const [user] = await tx
        .update(users)
        .set({ totpEnrolledAt: clock.now(), totpLastStep: step, updatedAt: clock.now() })
        .where(eq(users.id, fresh.id))
        .returning();
      if (!user) throw new AppError(400, 'totp_not_started');
      await sessions.revoke(tx, auth.session.id);
      const created = await sessions.create(tx, user, { totpVerified: true, userAgent });
      const mailId = await mail.enqueue(tx, {
        to: user.email,
        lang: user.preferredLanguage,
        template: 'totp_enrolled',
        render: (b) => renderAccountMail({ template: 'totp_enrolled' }, user.preferredLanguage, b),
      });
      return { ...created, user, mailId };
    });
    await mail.dispatch([result.mailId]);
    return { token: result.token, auth: { session: result.session, user: result.user } };
  }
}
