/**
 * MDR-1 (seed 001 §1.5: "si vous prévoyez […] une période d'indisponibilité de plus d'une
 * semaine, veuillez en aviser l'Office"): absences recorded by staff or announced by the mediator.
 * Dates are calendar days, both inclusive; no assignment suggests the mediator on those days.
 */
import { ABSENCE_MAX_MONTHS, type Language, type UnavailabilityBody } from '@entente/contracts';
import { addDaysToLocalDate, addMonthsToLocalDate } from '@entente/domain';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { mediatorProfiles, mediatorUnavailability } from '../../db/schema/index.js';
import { AppError, notFound } from '../../platform/errors.js';
import { mediatorToday } from './mediator-view.js';
import { mediatorFieldMessage } from './messages.js';

/** Every problem of the period at once, one sentence per field; null when it is acceptable. */
export function absenceProblems(
  body: Pick<UnavailabilityBody, 'startsOn' | 'endsOn'>,
  today: string,
  lang: Language,
): Record<string, string> | null {
  const fields: Record<string, string> = {};
  if (body.startsOn < today) {
    fields.startsOn = mediatorFieldMessage('inThePast', lang, { today });
  }
  if (body.endsOn < body.startsOn) {
    fields.endsOn = mediatorFieldMessage('endsBeforeStart', lang);
  } else {
    const last = addDaysToLocalDate(addMonthsToLocalDate(body.startsOn, ABSENCE_MAX_MONTHS), -1);
    if (body.endsOn > last) fields.endsOn = mediatorFieldMessage('tooLong', lang, { last });
  }
  return Object.keys(fields).length > 0 ? fields : null;
}

export async function addAbsence(
  ctx: AppContext,
  actorId: string,
  mediatorUserId: string,
  body: UnavailabilityBody,
  lang: Language,
): Promise<string> {
  return ctx.database.transaction(async (tx) => {
    const [profile] = await tx
      .select({ programmes: mediatorProfiles.programmes })
      .from(mediatorProfiles)
      .where(eq(mediatorProfiles.userId, mediatorUserId));
    if (!profile) throw notFound();
    const now = ctx.clock.now();
    const fields = absenceProblems(body, mediatorToday(now, profile.programmes), lang);
    if (fields) throw new AppError(400, 'validation_failed', { fields });
    const [row] = await tx
      .insert(mediatorUnavailability)
      .values({
        mediatorUserId,
        startsOn: body.startsOn,
        endsOn: body.endsOn,
        note: body.note ?? null,
        createdBy: actorId,
        createdAt: now,
      })
      .returning({ id: mediatorUnavailability.id });
    if (!row) throw new Error('unavailability insert returned nothing');
    return row.id;
  });
}

/** Removes one of this mediator's periods; another mediator's period id is a 404. */
export async function removeAbsence(
  ctx: AppContext,
  mediatorUserId: string,
  periodId: string,
): Promise<void> {
  const removed = await ctx.database.db
    .delete(mediatorUnavailability)
    .where(
      and(
        eq(mediatorUnavailability.id, periodId),
        eq(mediatorUnavailability.mediatorUserId, mediatorUserId),
      ),
    )
    .returning({ id: mediatorUnavailability.id });
  if (removed.length === 0) throw notFound();
}
