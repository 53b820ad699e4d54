/**
 * QC-2 "Créer un dossier": a signed-in consumer turns the office's reference number and access
 * code into a qc case `OPC-<reference>`. Opening the case, marking the intake used and recording
 * the per-case acceptance of both texts (ACC-5) commit together or not at all.
 *
 * The account's e-mail need not be the intake's: the office may give the code by phone, and
 * people often register with another address than the one they gave. Possession of the code is
 * the proof (8 characters from 55, single use, 30 days, attempts rate-limited); the intake keeps
 * which account used it, for staff.
 *
 * Used and expired are told apart only once the code itself is right, so a guess at a reference
 * number learns nothing about it.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { intakes } from '../../db/schema/index.js';
import { AppError } from '../../platform/errors.js';
import type { Limit } from '../../platform/rate-limit.js';
import type { User } from '../auth/sessions.js';
import { openCase } from '../cases/open-case.js';
import { assertCurrentTerms, recordAcceptance } from '../terms/terms-service.js';
import { accessCodeMatches } from './access-code.js';
import type { FromAccessCodeBody } from './intake-schemas.js';

/** Per account: room for typos, not for guessing. */
export const REDEEM_USER_LIMIT: Limit = { max: 10, windowSeconds: 3600 };
/** Per reference number, whoever tries: stops a guess spread over many accounts. */
export const REDEEM_REFERENCE_LIMIT: Limit = { max: 10, windowSeconds: 3600 };

const invalid = () => new AppError(422, 'access_code_invalid');

export async function createCaseFromAccessCode(
  ctx: AppContext,
  user: User,
  body: FromAccessCodeBody,
) {
  const db = ctx.database.db;
  // Counted before anything is checked, outside any transaction, so every try stays counted.
  await ctx.rateLimiter.hit(db, `access-code:user:${user.id}`, REDEEM_USER_LIMIT);
  await ctx.rateLimiter.hit(db, `access-code:ref:${body.referenceNumber}`, REDEEM_REFERENCE_LIMIT);
  const versions = await assertCurrentTerms(db, body.termsVersion, body.confidentialityVersion);

  const [intake] = await db
    .select()
    .from(intakes)
    .where(eq(intakes.referenceNumber, body.referenceNumber));
  if (!intake || !accessCodeMatches(ctx.keys.hmacKey, intake, body.accessCode)) throw invalid();
  if (intake.usedAt) throw new AppError(409, 'access_code_used');
  if (intake.expiresAt <= ctx.clock.now()) throw new AppError(410, 'access_code_expired');

  const { state } = await openCase(ctx, user, {
    programme: 'qc',
    referenceNumber: intake.referenceNumber,
    businessId: intake.businessId,
    caseId: randomUUID(),
    within: async (tx, applied) => {
      // Re-read under lock: a parallel redemption or a re-issue may have won meanwhile.
      const [locked] = await tx
        .select()
        .from(intakes)
        .where(eq(intakes.id, intake.id))
        .for('update');
      if (!locked || locked.codeHash !== intake.codeHash) throw invalid();
      if (locked.usedAt) throw new AppError(409, 'access_code_used');
      const now = ctx.clock.now();
      await tx
        .update(intakes)
        .set({ usedAt: now, usedBy: user.id, caseId: applied.state.caseId })
        .where(eq(intakes.id, intake.id));
      await recordAcceptance(tx, user.id, versions, now, applied.state.caseId);
    },
  });
  return { id: state.caseId, caseNumber: state.caseNumber };
}
