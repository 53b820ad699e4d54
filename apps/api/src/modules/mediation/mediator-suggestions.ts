/**
 * Issue 6 item 3: the mediators staff may give a case, best first, with the reasons of the
 * order (docs/adr/0011-mediator-suggestions.md). Who may take a case at all, and who is away
 * today, is the registry's answer (`mediatorCandidates`, MDR-1); this file only ranks:
 * 1. no absence starting within the next 14 days (the mediation would stall during it);
 * 2. under the office's planned load before at or over it, then fewer open cases first;
 * 3. a sector of the mediator's matching the business's sector;
 * 4. name.
 */
import type { MediatorSuggestion, MediatorSuggestions } from '@entente/contracts';
import { addDaysToLocalDate, localDateOf } from '@entente/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { businesses } from '../../db/schema/index.js';
import { AppError } from '../../platform/errors.js';
import type { CaseReader } from '../cases/case-queries.js';
import { mediatorCandidates, type MediatorCandidate } from '../mediators/mediator-availability.js';

/** An absence starting this many days ahead or sooner lowers the mediator's rank. */
export const ABSENCE_SOON_DAYS = 14;

const normalise = (text: string) => text.trim().toLocaleLowerCase('fr');

/** The reasons shown next to each mediator; `today` is the programme's local date. */
export function suggestionOf(
  candidate: MediatorCandidate,
  businessSector: string | null,
  today: string,
): MediatorSuggestion {
  const soonLimit = addDaysToLocalDate(today, ABSENCE_SOON_DAYS);
  const sector = businessSector === null ? '' : normalise(businessSector);
  return {
    userId: candidate.userId,
    name: candidate.name,
    email: candidate.email,
    sectors: candidate.sectors,
    regions: candidate.regions,
    activeCases: candidate.activeCases,
    maxActiveCases: candidate.maxActiveCases,
    atCapacity:
      candidate.maxActiveCases !== null && candidate.activeCases >= candidate.maxActiveCases,
    sectorMatch: sector !== '' && candidate.sectors.some((s) => normalise(s) === sector),
    nextAbsence: candidate.nextAbsence,
    absenceSoon:
      candidate.nextAbsence !== null &&
      candidate.nextAbsence.startsOn <= soonLimit &&
      candidate.nextAbsence.endsOn >= today,
  };
}

/** The ADR's order: a negative number when `a` ranks before `b`. */
export function compareSuggestions(a: MediatorSuggestion, b: MediatorSuggestion): number {
  const flag = (value: boolean) => (value ? 1 : 0);
  return (
    flag(a.absenceSoon) - flag(b.absenceSoon) ||
    flag(a.atCapacity) - flag(b.atCapacity) ||
    a.activeCases - b.activeCases ||
    flag(b.sectorMatch) - flag(a.sectorMatch) ||
    a.name.localeCompare(b.name, 'fr') ||
    a.userId.localeCompare(b.userId)
  );
}

export function rankMediators(
  candidates: readonly MediatorCandidate[],
  businessSector: string | null,
  today: string,
): MediatorSuggestion[] {
  return candidates
    .map((candidate) => suggestionOf(candidate, businessSector, today))
    .sort(compareSuggestions);
}

/** The suggestions for a case staff read (metadata access); a closed case takes no mediator. */
export async function mediatorSuggestions(
  ctx: AppContext,
  reader: CaseReader,
): Promise<MediatorSuggestions> {
  const { row } = reader;
  if (row.status === 'closed') throw new AppError(409, 'case_closed');
  const db = ctx.database.db;
  const [business] = await db
    .select({ sector: businesses.sector })
    .from(businesses)
    .where(eq(businesses.id, row.businessId));
  const businessSector = business?.sector ?? null;
  const today = localDateOf(ctx.clock.now(), row.state.settings.timeZone);
  const { available, unavailable } = await mediatorCandidates(db, row.programme, today);
  return {
    caseId: row.id,
    caseNumber: row.caseNumber,
    programme: row.programme,
    businessSector,
    today,
    suggestions: rankMediators(available, businessSector, today),
    unavailable: unavailable.map((candidate) => ({
      ...suggestionOf(candidate, businessSector, today),
      until: candidate.until,
    })),
  };
}
