/**
 * Mediators for any test (MDR-1, ACC-7): an activated account with the `mediator` role, an
 * enrolled TOTP authenticator and a registry profile, written straight to the database as
 * staff enrolment and activation would leave them. The returned `Person` holds TOTP-verified
 * sessions; `totpSecret` and `strongPassword` also allow the real sign-in flow.
 */
import { eq } from 'drizzle-orm';
import { mediatorProfiles, mediatorUnavailability, users } from '../../src/db/schema/index.js';
import { newTotpSecret } from '../../src/modules/auth/totp.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';
import { encrypt } from '../../src/platform/crypto.js';
import { strongPassword } from './accounts.js';
import { Person } from './cases.js';
import type { TestApp } from './test-app.js';

export interface MediatorOptions {
  readonly givenName?: string;
  readonly familyName?: string;
  readonly email?: string;
  readonly programmes?: ('qc' | 'fr')[];
  readonly sectors?: string[];
  readonly regions?: string[];
  readonly maxActiveCases?: number | null;
  /** False: invited only (no password yet), as before the activation link is used. */
  readonly activated?: boolean;
  readonly withdrawn?: boolean;
  readonly disabled?: boolean;
  readonly lang?: 'fr' | 'en';
}

export type TestMediator = Person & { readonly totpSecret: string; readonly email: string };

let counter = 0;
let passwordHash: Promise<string> | undefined;

export async function createMediator(
  t: TestApp,
  opts: MediatorOptions = {},
): Promise<TestMediator> {
  counter += 1;
  const now = t.ctx.clock.now();
  const activated = opts.activated ?? true;
  const totpSecret = newTotpSecret();
  passwordHash ??= hashPassword(strongPassword);
  const [user] = await t.ctx.database.db
    .insert(users)
    .values({
      email:
        opts.email ?? `mediateur-${counter}-${Math.random().toString(36).slice(2, 8)}@example.org`,
      emailVerifiedAt: activated ? now : null,
      passwordHash: activated ? await passwordHash : null,
      givenName: opts.givenName ?? 'Médiateur',
      familyName: opts.familyName ?? `Test ${counter}`,
      preferredLanguage: opts.lang ?? 'fr',
      roles: ['mediator'],
      totpSecretEnc: activated ? encrypt(t.ctx.keys.encryptionKey, totpSecret) : null,
      totpEnrolledAt: activated ? now : null,
      professionalProfile: { jobTitle: 'Médiateur accrédité', organisation: 'Cabinet Test' },
      disabledAt: opts.disabled ? now : null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await t.ctx.database.db.insert(mediatorProfiles).values({
    userId: user!.id,
    programmes: opts.programmes ?? ['qc'],
    sectors: opts.sectors ?? [],
    regions: opts.regions ?? [],
    maxActiveCases: opts.maxActiveCases ?? null,
    createdBy: user!.id,
    createdAt: now,
    updatedAt: now,
    withdrawnAt: opts.withdrawn ? now : null,
  });
  const person = new Person(t, user!, true, opts.lang ?? 'fr');
  return Object.assign(person, { totpSecret, email: user!.email });
}

/** An absence written straight to the database (dates `YYYY-MM-DD`, both inclusive). */
export async function insertAbsence(
  t: TestApp,
  mediatorUserId: string,
  startsOn: string,
  endsOn: string,
): Promise<string> {
  const [row] = await t.ctx.database.db
    .insert(mediatorUnavailability)
    .values({
      mediatorUserId,
      startsOn,
      endsOn,
      createdBy: mediatorUserId,
      createdAt: t.ctx.clock.now(),
    })
    .returning({ id: mediatorUnavailability.id });
  return row!.id;
}

/** The registry profile as stored (tests that check what a route changed). */
export async function mediatorProfileOf(t: TestApp, userId: string) {
  const [row] = await t.ctx.database.db
    .select()
    .from(mediatorProfiles)
    .where(eq(mediatorProfiles.userId, userId));
  return row;
}
