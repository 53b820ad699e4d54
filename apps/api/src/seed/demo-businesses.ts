/**
 * ORG-1 demo data: two participating qc businesses, each with a respondent and a
 * representative among the demo accounts (passwords in `demo.ts`, printed at start).
 */
import type { Tx } from '../db/client.js';
import { businessMembers, businesses } from '../db/schema/index.js';

/** Fixed ids so demo cases and scripts can name the businesses. */
export const DEMO_FURNITURE_BUSINESS_ID = '6f1d2c1e-4b7a-4e51-9a43-1d3f0c9b2a01';
export const DEMO_TELECOM_BUSINESS_ID = '6f1d2c1e-4b7a-4e51-9a43-1d3f0c9b2a02';

export const demoBusinesses = [
  {
    id: DEMO_FURNITURE_BUSINESS_ID,
    legalName: 'Meubles Laurentides inc.',
    registrationNumber: '1160000001',
    sector: 'Meubles et électroménagers',
    address: {
      line1: '2500, boulevard Curé-Labelle',
      city: 'Laval',
      region: 'QC',
      postalCode: 'H7T 1R3',
      country: 'Canada',
    },
    respondent: 'repondant@demo.entente.localhost',
    representative: 'representant@demo.entente.localhost',
  },
  {
    id: DEMO_TELECOM_BUSINESS_ID,
    legalName: 'Télécom Boréal inc.',
    registrationNumber: '1170000002',
    sector: 'Télécommunications',
    address: {
      line1: '800, rue de la Gauchetière Ouest',
      city: 'Montréal',
      region: 'QC',
      postalCode: 'H5A 1K6',
      country: 'Canada',
    },
    respondent: 'repondant.telecom@demo.entente.localhost',
    representative: 'representant.telecom@demo.entente.localhost',
  },
] as const;

export async function seedDemoBusinesses(
  tx: Tx,
  userIdByEmail: ReadonlyMap<string, string>,
  createdBy: string,
  now: Date,
): Promise<void> {
  for (const b of demoBusinesses) {
    await tx.insert(businesses).values({
      id: b.id,
      programme: 'qc',
      legalName: b.legalName,
      registrationNumber: b.registrationNumber,
      addresses: [b.address],
      sector: b.sector,
      participationDate: '2026-01-05',
      createdBy,
      createdAt: now,
      updatedAt: now,
    });
    for (const [role, email] of [
      ['respondent', b.respondent],
      ['representative', b.representative],
    ] as const) {
      const userId = userIdByEmail.get(email);
      if (!userId) throw new Error(`demo account ${email} missing`);
      await tx
        .insert(businessMembers)
        .values({ businessId: b.id, userId, role, addedBy: createdBy, addedAt: now });
    }
  }
}
