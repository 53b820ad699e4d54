import type { Role } from '@entente/contracts';
import { inArray } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { users } from '../db/schema/index.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { writeOfficeSettings } from '../modules/settings/office-settings.js';
import { ensureTerms } from '../modules/terms/terms-service.js';
import { seedDemoBusinesses } from './demo-businesses.js';
import { demoMediators, seedDemoMediators } from './demo-mediators.js';

const STAFF_EMAIL = 'agent@demo.entente.localhost';

export type DemoAccount = {
  role: Role;
  email: string;
  password: string;
  givenName: string;
  familyName: string;
  roles: Role[];
};

/** One account per role; passwords are public on purpose (demo data only, never in production). */
export const demoAccounts: DemoAccount[] = [
  {
    role: 'consumer',
    email: 'consommateur@demo.entente.localhost',
    password: 'Demo-consommateur-2026',
    givenName: 'Camille',
    familyName: 'Tremblay',
    roles: ['consumer'],
  },
  {
    role: 'merchant_respondent',
    email: 'repondant@demo.entente.localhost',
    password: 'Demo-repondant-2026',
    givenName: 'Martin',
    familyName: 'Gagnon',
    roles: ['merchant_respondent'],
  },
  {
    role: 'merchant_representative',
    email: 'representant@demo.entente.localhost',
    password: 'Demo-representant-2026',
    givenName: 'Sophie',
    familyName: 'Roy',
    roles: ['merchant_representative'],
  },
  {
    role: 'merchant_respondent',
    email: 'repondant.telecom@demo.entente.localhost',
    password: 'Demo-repondant-telecom-2026',
    givenName: 'Éric',
    familyName: 'Pelletier',
    roles: ['merchant_respondent'],
  },
  {
    role: 'merchant_representative',
    email: 'representant.telecom@demo.entente.localhost',
    password: 'Demo-representant-telecom-2026',
    givenName: 'Amélie',
    familyName: 'Bouchard',
    roles: ['merchant_representative'],
  },
  {
    role: 'mediator',
    email: 'mediateur@demo.entente.localhost',
    password: 'Demo-mediateur-2026',
    givenName: 'Louis',
    familyName: 'Bélanger',
    roles: ['mediator'],
  },
  {
    role: 'mediator',
    email: 'mediatrice2@demo.entente.localhost',
    password: 'Demo-mediatrice-2026',
    givenName: 'Geneviève',
    familyName: 'Lapointe',
    roles: ['mediator'],
  },
  {
    role: 'staff',
    email: 'agent@demo.entente.localhost',
    password: 'Demo-agent-bureau-2026',
    givenName: 'Julie',
    familyName: 'Côté',
    roles: ['staff'],
  },
  {
    role: 'administrator',
    email: 'admin@demo.entente.localhost',
    password: 'Demo-administration-2026',
    givenName: 'Nadia',
    familyName: 'Lévesque',
    roles: ['administrator', 'staff'],
  },
];

const userValues = (a: DemoAccount, passwordHash: string, now: Date) => ({
  email: a.email,
  emailVerifiedAt: now,
  passwordHash,
  givenName: a.givenName,
  familyName: a.familyName,
  preferredLanguage: 'fr' as const,
  roles: a.roles,
  passwordChangedAt: now,
  createdAt: now,
  updatedAt: now,
});

/**
 * A database seeded before the mediator registry (issue 6) gets the missing demo mediator
 * accounts and their registry entries; everything already there is left as it is.
 */
async function addMissingDemoMediators(ctx: AppContext, existing: readonly string[]) {
  const missing = demoAccounts.filter(
    (a) => demoMediators.some((m) => m.email === a.email) && !existing.includes(a.email),
  );
  const hashes = await Promise.all(missing.map((a) => hashPassword(a.password)));
  const now = ctx.clock.now();
  await ctx.database.transaction(async (tx) => {
    if (missing.length > 0) {
      await tx
        .insert(users)
        .values(missing.map((a, i) => userValues(a, hashes[i]!, now)))
        .onConflictDoNothing();
    }
    const rows = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, [STAFF_EMAIL, ...demoMediators.map((m) => m.email)]));
    const ids = new Map(rows.map((u) => [u.email, u.id]));
    const staffId = ids.get(STAFF_EMAIL);
    if (staffId === undefined || rows.length !== demoMediators.length + 1) return;
    await seedDemoMediators(tx, ids, staffId, now);
  });
}

/**
 * Seeds the demo office and accounts once; later starts find them and change nothing, except
 * to add the demo mediators' registry entries to a database seeded before the registry.
 */
export async function seedDemo(ctx: AppContext): Promise<{ created: boolean }> {
  const { database, clock } = ctx;
  const existing = await database.db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        demoAccounts.map((a) => a.email),
      ),
    );
  if (existing.length > 0) {
    await addMissingDemoMediators(
      ctx,
      existing.map((row) => row.email),
    );
    return { created: false };
  }
  const now = clock.now();
  const hashes = await Promise.all(demoAccounts.map((a) => hashPassword(a.password)));
  await database.transaction(async (tx) => {
    await ensureTerms(tx, now);
    await writeOfficeSettings(
      tx,
      {
        officeName: 'Office démo de protection du consommateur',
        platformName: 'Entente',
        logoUrl: null,
        colours: { primary: '#1d4f91', primaryContrast: '#ffffff', accent: '#b8461b' },
        supportEmail: 'soutien@demo.entente.localhost',
        supportPhone: '1 800 555-0199',
        programmes: ['qc', 'fr'],
        defaultLocale: 'fr-CA',
      },
      now,
    );
    const inserted = await tx
      .insert(users)
      .values(demoAccounts.map((a, i) => userValues(a, hashes[i]!, now)))
      .returning({ id: users.id, email: users.email });
    const ids = new Map(inserted.map((u) => [u.email, u.id]));
    await seedDemoBusinesses(tx, ids, ids.get(STAFF_EMAIL)!, now);
    await seedDemoMediators(tx, ids, ids.get(STAFF_EMAIL)!, now);
  });
  return { created: true };
}

export function demoAccountsTable(): string {
  const lines = demoAccounts.map(
    (a) => `  ${a.role.padEnd(24)} ${a.email.padEnd(40)} ${a.password}`,
  );
  return [
    'Demo accounts (sign-in codes arrive in the mailbox page; mediator, staff and administrator',
    'are asked to add an authenticator app at their first sign-in):',
    ...lines,
  ].join('\n');
}
