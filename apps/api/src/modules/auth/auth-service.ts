import type {
  Challenge as ChallengeView,
  Language,
  LoginBody,
  RegisterBody,
} from '@entente/contracts';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { users } from '../../db/schema/index.js';
import { maskEmail } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';
import type { Limit } from '../../platform/rate-limit.js';
import { renderAccountMail } from '../mail/templates.js';
import { assertCurrentTerms, recordAcceptance } from '../terms/terms-service.js';
import { CODE_MINUTES, type Challenge, Challenges } from './challenges.js';
import {
  burnPasswordCheck,
  hashPassword,
  isCommonPassword,
  needsRehash,
  verifyPassword,
} from './passwords.js';
import type { Authenticated, User } from './sessions.js';
import { checkTotp } from './totp.js';
import { decrypt } from '../../platform/crypto.js';
import { findUserByEmail, findUserById } from './users-repo.js';

const HOUR = 3600;
/** SEC-4 and SEC-28: per-account failures and per-address volumes. */
export const limits = {
  loginFailuresPerAccount: { max: 100, windowSeconds: HOUR },
  loginPerIp: { max: 300, windowSeconds: HOUR },
  registerPerIp: { max: 20, windowSeconds: HOUR },
  codesPerAccount: { max: 10, windowSeconds: HOUR },
  forgotPerIp: { max: 20, windowSeconds: HOUR },
  forgotPerEmail: { max: 5, windowSeconds: HOUR },
  totpPerAccount: { max: 10, windowSeconds: 15 * 60 },
} satisfies Record<string, Limit>;

export type ClientInfo = { ip: string; userAgent: string | undefined; lang: Language };

export type SignedIn = { status: 'signed_in'; token: string; auth: Authenticated };
export type VerifyOutcome = SignedIn | { status: 'totp_required' };

export function rejectCommonPassword(password: string, field: string, lang: Language) {
  if (isCommonPassword(password)) {
    const message =
      lang === 'fr'
        ? 'Ce mot de passe est trop courant ou a déjà fuité. Choisissez-en un autre.'
        : 'This password is too common or has been leaked. Choose another one.';
    throw new AppError(422, 'password_common', { fields: { [field]: message } });
  }
}

export class AuthService {
  readonly challenges: Challenges;

  constructor(private readonly ctx: AppContext) {
    this.challenges = new Challenges(ctx.clock, ctx.keys.hmacKey);
  }

  /** ACC-1: creates (or refreshes an unproven) account and e-mails a 6-digit code. */
  async register(body: RegisterBody, client: ClientInfo): Promise<ChallengeView> {
    const { database, rateLimiter, clock, mail } = this.ctx;
    await rateLimiter.hit(database.db, `register:ip:${client.ip}`, limits.registerPerIp);
    rejectCommonPassword(body.password, 'password', client.lang);
    const passwordHash = await hashPassword(body.password);
    const now = clock.now();
    const mailIds: string[] = [];
    const view = await database.transaction(async (tx) => {
      const versions = await assertCurrentTerms(tx, body.termsVersion, body.confidentialityVersion);
      const existing = await findUserByEmail(tx, body.email);
      if (existing?.emailVerifiedAt) {
        // Same answer as a new address (no enumeration); the owner is told by e-mail.
        const { token, challenge } = await this.challenges.create(tx, {
          purpose: 'register',
          userId: null,
          email: body.email,
        });
        await this.challenges.issueCode(tx, challenge);
        mailIds.push(
          await mail.enqueue(tx, {
            to: body.email,
            lang: existing.preferredLanguage,
            template: 'register_existing',
            render: (b) =>
              renderAccountMail({ template: 'register_existing' }, existing.preferredLanguage, b),
          }),
        );
        return { challengeId: token, maskedEmail: maskEmail(body.email), codeSent: true };
      }
      const profile = {
        passwordHash,
        givenName: body.givenName,
        familyName: body.familyName,
        phone: body.phone ?? null,
        address: body.address ?? null,
        preferredLanguage: body.preferredLanguage,
        passwordChangedAt: now,
        updatedAt: now,
      };
      const [user] = existing
        ? await tx.update(users).set(profile).where(eq(users.id, existing.id)).returning()
        : await tx
            .insert(users)
            .values({ ...profile, email: body.email, roles: ['consumer'], createdAt: now })
            .returning();
      if (!user) throw new Error('user upsert returned nothing');
      await recordAcceptance(tx, user.id, versions, now);
      const { token, challenge } = await this.challenges.create(tx, {
        purpose: 'register',
        userId: user.id,
        email: user.email,
      });
      mailIds.push(await this.#sendCode(tx, challenge, user));
      return { challengeId: token, maskedEmail: maskEmail(user.email), codeSent: true };
    });
    await mail.dispatch(mailIds);
    return view;
  }

  /** ACC-2 step 1: the password. The e-mailed code comes next, on request. */
  async login(body: LoginBody, client: ClientInfo): Promise<ChallengeView> {
    const { database, rateLimiter } = this.ctx;
    await rateLimiter.hit(database.db, `login:ip:${client.ip}`, limits.loginPerIp);
    const user = await findUserByEmail(database.db, body.email);
    if (!user?.passwordHash) {
      await burnPasswordCheck(body.password);
      throw new AppError(401, 'invalid_credentials');
    }
    const failuresKey = `login:fail:${user.id}`;
    await rateLimiter.check(database.db, failuresKey, limits.loginFailuresPerAccount);
    if (!(await verifyPassword(user.passwordHash, body.password))) {
      await rateLimiter.hit(database.db, failuresKey, limits.loginFailuresPerAccount);
      throw new AppError(401, 'invalid_credentials');
    }
    if (user.disabledAt) throw new AppError(403, 'account_disabled');
    return database.transaction(async (tx) => {
      if (needsRehash(user.passwordHash!)) {
        await tx
          .update(users)
          .set({ passwordHash: await hashPassword(body.password) })
          .where(eq(users.id, user.id));
      }
      const { token } = await this.challenges.create(tx, {
        purpose: 'login',
        userId: user.id,
        email: user.email,
      });
      return { challengeId: token, maskedEmail: maskEmail(user.email), codeSent: false };
    });
  }

  /** "Envoyer un code de vérification" and "Envoyer un nouveau code". */
  async sendCode(challengeToken: string): Promise<ChallengeView> {
    const { database, rateLimiter, mail } = this.ctx;
    const mailIds: string[] = [];
    const view = await database.transaction(async (tx) => {
      const challenge = await this.challenges.find(tx, challengeToken);
      const user = challenge.userId ? await findUserById(tx, challenge.userId) : undefined;
      if (user) {
        await rateLimiter.hit(tx, `codes:${user.id}`, limits.codesPerAccount);
        mailIds.push(await this.#sendCode(tx, challenge, user));
      } else {
        await this.challenges.issueCode(tx, challenge);
      }
      return {
        challengeId: challengeToken,
        maskedEmail: maskEmail(challenge.email),
        codeSent: true,
      };
    });
    await mail.dispatch(mailIds);
    return view;
  }

  /** ACC-1 / ACC-2: checks the e-mailed code; accounts with TOTP go one step further. */
  async verifyCode(
    challengeToken: string,
    code: string,
    client: ClientInfo,
  ): Promise<VerifyOutcome> {
    const { database, clock } = this.ctx;
    // Failures are returned, not thrown, so the try count commits before the answer.
    const outcome = await database.transaction(async (tx): Promise<VerifyOutcome | AppError> => {
      const challenge = await this.challenges.find(tx, challengeToken);
      const failure = await this.challenges.checkCode(tx, challenge, code);
      if (failure) return failure;
      const user = await findUserById(tx, challenge.userId!);
      if (!user || user.disabledAt) return new AppError(400, 'challenge_expired');
      if (!user.emailVerifiedAt) {
        await tx.update(users).set({ emailVerifiedAt: clock.now() }).where(eq(users.id, user.id));
      }
      if (challenge.purpose === 'login' && user.totpEnrolledAt) return { status: 'totp_required' };
      await this.challenges.consume(tx, challenge.id);
      const { token, session } = await this.ctx.sessions.create(tx, user, {
        totpVerified: false,
        userAgent: client.userAgent,
      });
      return { status: 'signed_in', token, auth: { session, user } };
    });
    if (outcome instanceof AppError) throw outcome;
    return outcome;
  }

  /** ACC-7: the authenticator code after the e-mailed one. */
  async verifyTotp(challengeToken: string, code: string, client: ClientInfo): Promise<SignedIn> {
    const { database, clock, rateLimiter, keys } = this.ctx;
    const challenge: Challenge = await this.challenges.find(database.db, challengeToken);
    if (!challenge.codeVerifiedAt || !challenge.userId) throw new AppError(400, 'code_not_sent');
    const user = await findUserById(database.db, challenge.userId);
    if (!user?.totpSecretEnc) throw new AppError(400, 'challenge_expired');
    await rateLimiter.hit(database.db, `totp:${user.id}`, limits.totpPerAccount);
    const tooMany = await this.challenges.countTotpTry(database.db, challenge);
    if (tooMany) throw tooMany;
    const step = checkTotp(
      decrypt(keys.encryptionKey, user.totpSecretEnc),
      code,
      clock.now(),
      user.totpLastStep,
    );
    if (step === null) throw new AppError(400, 'totp_invalid');
    return database.transaction(async (tx) => {
      // The step guard in the WHERE makes a replayed code lose a race with its first use.
      const [fresh] = await tx
        .update(users)
        .set({ totpLastStep: step })
        .where(
          and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))),
        )
        .returning();
      if (!fresh) throw new AppError(400, 'totp_invalid');
      await this.challenges.consume(tx, challenge.id);
      const { token, session } = await this.ctx.sessions.create(tx, fresh, {
        totpVerified: true,
        userAgent: client.userAgent,
      });
      return { status: 'signed_in', token, auth: { session, user: fresh } };
    });
  }

  async #sendCode(
    tx: Parameters<Parameters<AppContext['database']['transaction']>[0]>[0],
    challenge: Challenge,
    user: User,
  ): Promise<string> {
    const code = await this.challenges.issueCode(tx, challenge);
    const template = challenge.purpose === 'register' ? 'email_verification' : 'signin_code';
    return this.ctx.mail.enqueue(tx, {
      to: user.email,
      lang: user.preferredLanguage,
      template,
      render: (b) =>
        renderAccountMail({ template, code, minutes: CODE_MINUTES }, user.preferredLanguage, b),
    });
  }
}
