import type { Role } from '@entente/contracts';
import { inArray } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { users } from '../db/schema/index.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { writeOfficeSettings } from '../modules/settings/office-settings.js';
import { ensureTerms } from '../modules/terms/terms-service.js';
import { seedDemoBusinesses } from './demo-businesses.js';

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

/** Seeds the demo office and accounts once; later starts find them and change nothing. */
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
  if (existing.length > 0) return { created: false };
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
      .values(
        demoAccounts.map((a, i) => ({
          email: a.email,
          emailVerifiedAt: now,
          passwordHash: hashes[i]!,
          givenName: a.givenName,
          familyName: a.familyName,
          preferredLanguage: 'fr' as const,
          roles: a.roles,
          passwordChangedAt: now,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .returning({ id: users.id, email: users.email });
    const ids = new Map(inserted.map((u) => [u.email, u.id]));
    await seedDemoBusinesses(tx, ids, ids.get('agent@demo.entente.localhost')!, now);
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
