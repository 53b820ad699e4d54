/**
 * QC-1: staff record an intake; the platform issues the reference number and the access code and
 * e-mails them. Only the code's HMAC is kept, so a "re-send" cannot send the same code again: it
 * issues a new code (the old one stops working) with the same end date; a "re-issue" issues a new
 * code with a new validity period.
 */
import { randomUUID } from 'node:crypto';
import { defaultSettings, endOfPeriod, lastDayOfPeriod } from '@entente/domain';
import type { Language } from '@entente/contracts';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import { businesses, cases, intakes } from '../../db/schema/index.js';
import { AppError, notFound } from '../../platform/errors.js';
import { errorMessage } from '../../platform/messages.js';
import type { User } from '../auth/sessions.js';
import { isUniqueViolation } from '../cases/run-case-command.js';
import { readOfficeSettings } from '../settings/office-settings.js';
import { accessCodeDigest, newAccessCode, newReferenceNumber } from './access-code.js';
import {
  checkAttachments,
  mailAttachments,
  removeAttachments,
  storeAttachments,
} from './intake-files.js';
import { renderAccessMail } from './intake-mail.js';
import type { IntakeBody } from './intake-schemas.js';

export type IntakeRow = typeof intakes.$inferSelect;

/** The qc programme's settings: the engine's defaults until deployments may override them. */
export const qcSettings = () => defaultSettings('qc');

export function codeExpiry(issuedAt: Date): Date {
  const { accessCodeValidityDays, timeZone } = qcSettings();
  return new Date(endOfPeriod(issuedAt, accessCodeValidityDays, timeZone));
}

export function lastValidDay(expiresAt: Date): string {
  return lastDayOfPeriod(expiresAt, qcSettings().timeZone);
}

function formatDay(day: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** Writes the access e-mail in the transaction that stored the code's digest. */
async function enqueueAccessMail(
  tx: Tx,
  ctx: AppContext,
  intake: IntakeRow,
  code: string,
  validityDays: number | null,
): Promise<string> {
  const lang = intake.consumerLanguage;
  const mail = {
    referenceNumber: intake.referenceNumber,
    accessCode: code,
    lastDay: formatDay(lastValidDay(intake.expiresAt), lang),
    validityDays,
    hasAttachments: intake.attachments.length > 0,
  };
  return ctx.mail.enqueue(tx, {
    to: intake.consumerEmail,
    lang,
    template: 'intake_access',
    render: (branding) => renderAccessMail(mail, lang, branding),
    attachments: await mailAttachments(ctx, intake.attachments),
  });
}

/** A reference number used by no intake and no case (a case may carry any number: FR, demo). */
async function freeReference(tx: Tx): Promise<string> {
  const prefix = qcSettings().caseNumberPrefix;
  for (;;) {
    const reference = newReferenceNumber();
    const taken =
      (
        await tx
          .select({ id: intakes.id })
          .from(intakes)
          .where(eq(intakes.referenceNumber, reference))
      ).length > 0 ||
      (
        await tx
          .select({ id: cases.id })
          .from(cases)
          .where(eq(cases.caseNumber, `${prefix}${reference}`))
      ).length > 0;
    if (!taken) return reference;
  }
}

/** QC-1, ORG-1: the business must be in the registry, in the qc programme, still participating. */
async function participatingBusiness(ctx: AppContext, id: string, lang: Language) {
  const [business] = await ctx.database.db.select().from(businesses).where(eq(businesses.id, id));
  if (!business || business.programme !== 'qc' || business.withdrawnAt !== null) {
    throw new AppError(422, 'business_unavailable', {
      fields: { businessId: errorMessage('business_unavailable', lang) },
    });
  }
  return business;
}

export async function issueIntake(
  ctx: AppContext,
  staff: User,
  body: IntakeBody,
  lang: Language = 'fr',
) {
  const office = await readOfficeSettings(ctx.database.db);
  if (!office.programmes.includes('qc')) throw new AppError(422, 'programme_not_enabled');
  const business = await participatingBusiness(ctx, body.businessId, lang);
  const files = checkAttachments(body.attachments);
  const id = randomUUID();
  // Files first: storage is not transactional, so a failed transaction removes them again.
  const attachments = await storeAttachments(ctx, id, files);
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const { intake, mailId } = await ctx.database.transaction(async (tx) => {
          const now = ctx.clock.now();
          const code = newAccessCode();
          const [intake] = await tx
            .insert(intakes)
            .values({
              id,
              referenceNumber: await freeReference(tx),
              codeHash: accessCodeDigest(ctx.keys.hmacKey, id, 1, code),
              codesIssued: 1,
              consumerName: body.consumerName,
              consumerEmail: body.consumerEmail,
              consumerLanguage: body.consumerLanguage,
              businessName: business.legalName,
              businessId: business.id,
              category: body.category ?? null,
              attachments,
              createdBy: staff.id,
              createdAt: now,
              issuedAt: now,
              expiresAt: codeExpiry(now),
            })
            .returning();
          if (!intake) throw new Error('intake insert returned nothing');
          const validity = qcSettings().accessCodeValidityDays;
          return { intake, mailId: await enqueueAccessMail(tx, ctx, intake, code, validity) };
        });
        await ctx.mail.dispatch([mailId]);
        return intake;
      } catch (error) {
        // Two intakes drew the same number at the same instant: draw again.
        if (attempt >= 3 || !isUniqueViolation(error, 'intakes_reference_number_idx')) throw error;
      }
    }
  } catch (error) {
    await removeAttachments(ctx, attachments);
    throw error;
  }
}

/** "Renvoyer" (same end date) or "Réémettre" (new validity period): a new code either way. */
export async function newIntakeCode(
  ctx: AppContext,
  intakeId: string,
  mode: 'resend' | 'reissue',
): Promise<IntakeRow> {
  const { intake, mailId } = await ctx.database.transaction(async (tx) => {
    const [current] = await tx.select().from(intakes).where(eq(intakes.id, intakeId)).for('update');
    if (!current) throw notFound();
    const now = ctx.clock.now();
    if (current.usedAt) throw new AppError(409, 'intake_used');
    if (mode === 'resend' && current.expiresAt <= now) throw new AppError(409, 'intake_expired');
    const code = newAccessCode();
    const issue = current.codesIssued + 1;
    const [updated] = await tx
      .update(intakes)
      .set({
        codeHash: accessCodeDigest(ctx.keys.hmacKey, current.id, issue, code),
        codesIssued: issue,
        ...(mode === 'reissue' ? { issuedAt: now, expiresAt: codeExpiry(now) } : {}),
      })
      .where(eq(intakes.id, current.id))
      .returning();
    if (!updated) throw new Error('intake update returned nothing');
    const validity = mode === 'reissue' ? qcSettings().accessCodeValidityDays : null;
    return { intake: updated, mailId: await enqueueAccessMail(tx, ctx, updated, code, validity) };
  });
  await ctx.mail.dispatch([mailId]);
  return intake;
}
