import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { authChallenges } from '../../db/schema/index.js';
import type { Clock } from '../../platform/clock.js';
import { hmac, randomToken, safeEqual, sha256, sixDigitCode } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';

export type Challenge = typeof authChallenges.$inferSelect;

const CHALLENGE_MINUTES = 30;
/** SEC-5 / ACC-2: codes live 10 minutes, 5 tries each. */
export const CODE_MINUTES = 10;
const MAX_CODE_TRIES = 5;
const MAX_CODES_PER_CHALLENGE = 5;

/** One-time codes are stored as an HMAC bound to their challenge: never in clear (SEC-5). */
const codeDigest = (key: string, challengeId: string, code: string) =>
  hmac(key, `${challengeId}:${code}`);

export class Challenges {
  constructor(
    private readonly clock: Clock,
    private readonly hmacKey: string,
  ) {}

  async create(
    db: Executor,
    input: { purpose: Challenge['purpose']; userId: string | null; email: string },
  ) {
    const token = randomToken(24);
    const now = this.clock.now();
    const [challenge] = await db
      .insert(authChallenges)
      .values({
        tokenHash: sha256(token),
        purpose: input.purpose,
        userId: input.userId,
        email: input.email,
        createdAt: now,
        expiresAt: new Date(now.getTime() + CHALLENGE_MINUTES * 60_000),
      })
      .returning();
    if (!challenge) throw new Error('challenge insert returned nothing');
    return { token, challenge };
  }

  /** The live challenge behind a token, or 400 `challenge_expired`. */
  async find(db: Executor, token: string): Promise<Challenge> {
    const [challenge] = await db
      .select()
      .from(authChallenges)
      .where(eq(authChallenges.tokenHash, sha256(token)));
    if (!challenge || challenge.consumedAt || challenge.expiresAt <= this.clock.now()) {
      throw new AppError(400, 'challenge_expired');
    }
    return challenge;
  }

  /** A new code replaces the previous one. Returns the code to e-mail. */
  async issueCode(db: Executor, challenge: Challenge): Promise<string> {
    if (challenge.codesSent >= MAX_CODES_PER_CHALLENGE) {
      throw new AppError(429, 'rate_limited', {
        retryAfterSeconds: CHALLENGE_MINUTES * 60,
        params: { minutes: CHALLENGE_MINUTES },
      });
    }
    const code = sixDigitCode();
    const now = this.clock.now();
    await db
      .update(authChallenges)
      .set({
        codeHash: codeDigest(this.hmacKey, challenge.id, code),
        codeExpiresAt: new Date(now.getTime() + CODE_MINUTES * 60_000),
        codeAttempts: 0,
        codesSent: challenge.codesSent + 1,
      })
      .where(eq(authChallenges.id, challenge.id));
    return code;
  }

  /**
   * Checks a code: single use, expires, and the fifth wrong try destroys it. Returns the failure
   * (already recorded) rather than throwing, so the caller commits the count before answering;
   * on success the code is consumed.
   */
  async checkCode(db: Executor, challenge: Challenge, code: string): Promise<AppError | null> {
    if (!challenge.codeHash || !challenge.codeExpiresAt) {
      return new AppError(
        400,
        challenge.codeAttempts >= MAX_CODE_TRIES ? 'code_locked' : 'code_not_sent',
      );
    }
    if (challenge.codeExpiresAt <= this.clock.now()) return new AppError(400, 'code_expired');
    if (
      !challenge.userId ||
      !safeEqual(challenge.codeHash, codeDigest(this.hmacKey, challenge.id, code))
    ) {
      const attempts = challenge.codeAttempts + 1;
      const locked = attempts >= MAX_CODE_TRIES;
      await db
        .update(authChallenges)
        .set({ codeAttempts: attempts, ...(locked ? { codeHash: null, codeExpiresAt: null } : {}) })
        .where(eq(authChallenges.id, challenge.id));
      return new AppError(400, locked ? 'code_locked' : 'code_invalid');
    }
    await db
      .update(authChallenges)
      .set({ codeHash: null, codeExpiresAt: null, codeVerifiedAt: this.clock.now() })
      .where(eq(authChallenges.id, challenge.id));
    return null;
  }

  /** Counts an authenticator-code try; past five the whole attempt is over. */
  async countTotpTry(db: Executor, challenge: Challenge): Promise<AppError | null> {
    if (challenge.totpAttempts >= MAX_CODE_TRIES) return new AppError(400, 'challenge_expired');
    await db
      .update(authChallenges)
      .set({ totpAttempts: challenge.totpAttempts + 1 })
      .where(eq(authChallenges.id, challenge.id));
    return null;
  }

  async consume(db: Executor, challengeId: string): Promise<void> {
    await db
      .update(authChallenges)
      .set({ consumedAt: this.clock.now() })
      .where(eq(authChallenges.id, challengeId));
  }
}
