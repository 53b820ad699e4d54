/**
 * MDR-1 demo data: the registry entries of the two demo mediators (accounts and passwords in
 * `demo.ts`). Louis Bélanger covers both programmes; Geneviève Lapointe covers Quebec only and
 * has announced an absence two weeks ahead (seed 001 §1.5), so the mediation queue's
 * suggestions show one mediator free and one away once that period starts.
 */
import { addDaysToLocalDate, startOfLocalDay } from '@entente/domain';
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { mediatorProfiles, mediatorUnavailability, users } from '../db/schema/index.js';
import { FR_TIME_ZONE } from '../modules/mediators/mediator-view.js';
import { programmeToday } from '../modules/mediators/mediator-availability.js';

export const demoMediators = [
  {
    email: 'mediateur@demo.entente.localhost',
    programmes: ['qc', 'fr'] as ('qc' | 'fr')[],
    sectors: ['Meubles et électroménagers', 'Télécommunications'],
    regions: ['Montréal', 'Laval', 'Île-de-France'],
    maxActiveCases: 12,
    /** FR (MDR-1): declared independence the day the demo office opened. */
    declaresIndependence: true,
    profile: {
      jobTitle: 'Médiateur accrédité',
      organisation: 'Bélanger Médiation',
      workPhone: '514 555-0142',
    },
    /** Days from the seeding date to the announced absence, and its length (none here). */
    absence: null,
  },
  {
    email: 'mediatrice2@demo.entente.localhost',
    programmes: ['qc'] as ('qc' | 'fr')[],
    sectors: ['Télécommunications', 'Voyage', 'Automobile'],
    regions: ['Québec', 'Chaudière-Appalaches', 'Estrie'],
    maxActiveCases: 8,
    declaresIndependence: false,
    profile: {
      jobTitle: 'Médiatrice accréditée',
      organisation: 'Lapointe Règlement des différends',
      workPhone: '418 555-0177',
    },
    absence: { inDays: 14, days: 10, note: 'Vacances annoncées à l’Office.' },
  },
] as const;

/**
 * Gives each demo mediator account that has no registry entry yet its profile (and absence).
 * Runs inside the seeding transaction; on a database seeded before the registry existed it
 * fills the gap without touching anything else.
 */
export async function seedDemoMediators(
  tx: Tx,
  userIdByEmail: ReadonlyMap<string, string>,
  createdBy: string,
  now: Date,
): Promise<void> {
  const today = programmeToday(now, 'qc');
  for (const m of demoMediators) {
    const userId = userIdByEmail.get(m.email);
    if (!userId) throw new Error(`demo account ${m.email} missing`);
    const [existing] = await tx
      .select({ userId: mediatorProfiles.userId })
      .from(mediatorProfiles)
      .where(eq(mediatorProfiles.userId, userId));
    if (existing) continue;
    await tx.update(users).set({ professionalProfile: m.profile }).where(eq(users.id, userId));
    await tx.insert(mediatorProfiles).values({
      userId,
      programmes: m.programmes,
      sectors: [...m.sectors],
      regions: [...m.regions],
      maxActiveCases: m.maxActiveCases,
      independenceDeclaredAt: m.declaresIndependence
        ? new Date(startOfLocalDay(programmeToday(now, 'fr'), FR_TIME_ZONE))
        : null,
      createdBy,
      createdAt: now,
      updatedAt: now,
    });
    if (m.absence) {
      const startsOn = addDaysToLocalDate(today, m.absence.inDays);
      await tx.insert(mediatorUnavailability).values({
        mediatorUserId: userId,
        startsOn,
        endsOn: addDaysToLocalDate(startsOn, m.absence.days - 1),
        note: m.absence.note,
        createdBy: userId,
        createdAt: now,
      });
    }
  }
}
