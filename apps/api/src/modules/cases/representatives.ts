/**
 * REP-1 to REP-3: the consumer names a representative, who is e-mailed the case number and a
 * validation key; once signed in, they enter both and become the consumer's representative on
 * the case (the engine's `activate_representative`, with the key checked here). The key is never
 * stored: only an HMAC bound to the invitation (like the access codes, QC-1). It is valid 30 days
 * and single-use; removing the representative revokes it. Attempts are rate-limited per account
 * and per case number, so a key cannot be guessed.
 */
import { randomInt, randomUUID } from 'node:crypto';
import {
  QC_REPRESENTATIVE_ATTESTATIONS,
  type ActivateRepresentationBody,
  type Language,
  type RepresentativeBody,
  validationMessage,
} from '@entente/contracts';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { cases, representativeInvitations } from '../../db/schema/index.js';
import { hmac, safeEqual } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';
import type { Limit } from '../../platform/rate-limit.js';
import type { User } from '../auth/sessions.js';
import { ACCESS_CODE_ALPHABET } from '../intake/access-code.js';
import { renderRepresentativeInvitation } from './case-mails.js';
import { readableCase } from './case-queries.js';
import { runCaseCommand, type Applied } from './run-case-command.js';

export const INVITATION_DAYS = 30;
export const VALIDATION_KEY_LENGTH = 12;
export const ACTIVATE_USER_LIMIT: Limit = { max: 10, windowSeconds: 3600 };
export const ACTIVATE_CASE_LIMIT: Limit = { max: 10, windowSeconds: 3600 };

export function newValidationKey(): string {
  let key = '';
  for (let i = 0; i < VALIDATION_KEY_LENGTH; i += 1) {
    key += ACCESS_CODE_ALPHABET[randomInt(0, ACCESS_CODE_ALPHABET.length)];
  }
  return key;
}

const keyDigest = (secret: string, invitationId: string, key: string) =>
  hmac(secret, `representative:${invitationId}:${key}`);

function displayName(user: User): string {
  return [user.givenName, user.familyName].filter(Boolean).join(' ') || user.email;
}

/** REP-1 "Ajouter une représentante ou un représentant". */
export async function inviteRepresentative(
  ctx: AppContext,
  user: User,
  caseId: string,
  body: RepresentativeBody,
  lang: Language,
): Promise<{ applied: Applied; representativeId: string }> {
  const reader = await readableCase(ctx, user, caseId);
  if (reader.row.programme === 'qc') {
    const fields: Record<string, string> = {};
    for (const field of QC_REPRESENTATIVE_ATTESTATIONS) {
      if (body[field] !== true) fields[field] = validationMessage('mustAccept', lang);
    }
    if (Object.keys(fields).length > 0) throw new AppError(400, 'validation_failed', { fields });
  }
  const representativeId = randomUUID();
  const key = newValidationKey();
  const mailIds: string[] = [];
  const applied = await runCaseCommand(ctx, {
    caseId,
    actorUser: user,
    command: {
      type: 'add_representative',
      representativeId,
      firstName: body.firstName,
      lastName: body.lastName,
      relationship: body.relationship,
      email: body.email,
      consent: body.consent,
    },
    within: async (tx, { state }) => {
      const now = ctx.clock.now();
      const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
      await tx.insert(representativeInvitations).values({
        id: representativeId,
        caseId,
        keyHash: keyDigest(ctx.keys.hmacKey, representativeId, key),
        createdAt: now,
        expiresAt,
      });
      const expiresOn = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
        dateStyle: 'long',
        timeZone: state.settings.timeZone,
      }).format(new Date(expiresAt.getTime() - 1));
      mailIds.push(
        await ctx.mail.enqueue(tx, {
          to: body.email,
          lang,
          template: 'representative_invitation',
          render: (branding) =>
            renderRepresentativeInvitation(lang, branding, {
              caseId,
              caseNumber: state.caseNumber,
              timeZone: state.settings.timeZone,
              consumerName: displayName(user),
              key,
              expiresOn,
            }),
        }),
      );
    },
  });
  await ctx.mail.dispatch(mailIds);
  return { applied, representativeId };
}

const invalidKey = () => new AppError(422, 'representation_key_invalid');

/** REP-2: the invited person enters the case number and the validation key. */
export async function activateRepresentation(
  ctx: AppContext,
  user: User,
  body: ActivateRepresentationBody,
): Promise<{ caseId: string; caseNumber: string }> {
  const db = ctx.database.db;
  const caseNumber = body.caseNumber.toUpperCase();
  // Counted before anything is checked, outside any transaction, so every try stays counted.
  await ctx.rateLimiter.hit(db, `representation:user:${user.id}`, ACTIVATE_USER_LIMIT);
  await ctx.rateLimiter.hit(db, `representation:case:${caseNumber}`, ACTIVATE_CASE_LIMIT);
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(eq(cases.caseNumber, caseNumber));
  if (!row) throw invalidKey();
  const candidates = await db
    .select()
    .from(representativeInvitations)
    .where(
      and(
        eq(representativeInvitations.caseId, row.id),
        isNull(representativeInvitations.revokedAt),
      ),
    )
    .orderBy(desc(representativeInvitations.createdAt));
  const invitation = candidates.find((c) =>
    safeEqual(c.keyHash, keyDigest(ctx.keys.hmacKey, c.id, body.validationKey)),
  );
  if (!invitation) throw invalidKey();
  if (invitation.usedAt) throw new AppError(409, 'representation_key_used');
  if (invitation.expiresAt <= ctx.clock.now())
    throw new AppError(410, 'representation_key_expired');

  const applied = await runCaseCommand(ctx, {
    caseId: row.id,
    actorUser: user,
    command: { type: 'activate_representative', representativeId: invitation.id },
    invitationVerified: true,
    within: async (tx) => {
      const [locked] = await tx
        .select()
        .from(representativeInvitations)
        .where(eq(representativeInvitations.id, invitation.id))
        .for('update');
      if (!locked || locked.revokedAt) throw invalidKey();
      if (locked.usedAt) throw new AppError(409, 'representation_key_used');
      await tx
        .update(representativeInvitations)
        .set({ usedAt: ctx.clock.now(), usedBy: user.id })
        .where(eq(representativeInvitations.id, invitation.id));
    },
  });
  return { caseId: applied.state.caseId, caseNumber: applied.state.caseNumber };
}

/** REP-3: the consumer removes the representative; it takes effect at once. */
export async function removeRepresentative(
  ctx: AppContext,
  user: User,
  caseId: string,
  representativeId: string,
): Promise<Applied> {
  return runCaseCommand(ctx, {
    caseId,
    actorUser: user,
    command: { type: 'remove_representative', representativeId },
    within: async (tx) => {
      await tx
        .update(representativeInvitations)
        .set({ revokedAt: ctx.clock.now() })
        .where(
          and(
            eq(representativeInvitations.id, representativeId),
            isNull(representativeInvitations.revokedAt),
          ),
        );
    },
  });
}
