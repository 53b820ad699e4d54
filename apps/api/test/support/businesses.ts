/** Helpers for the business registry tests (ORG-1): valid numbers and businesses in the database. */
import { luhnValid } from '@entente/contracts';
import { businesses } from '../../src/db/schema/index.js';
import type { TestApp } from './test-app.js';

const digits = (n: number) =>
  Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');

/** A 10-digit Quebec enterprise number (NEQ). */
export const randomNeq = () => `1${digits(9)}`;

/** A 9-digit SIREN whose last digit makes the Luhn sum right. */
export function randomSiren(): string {
  const body = `${1 + Math.floor(Math.random() * 9)}${digits(7)}`;
  for (let check = 0; check < 10; check += 1) {
    if (luhnValid(`${body}${check}`)) return `${body}${check}`;
  }
  throw new Error('unreachable');
}

export const address = {
  line1: '1200, boulevard Saint-Laurent',
  city: 'Montréal',
  region: 'QC',
  postalCode: 'H2X 2S6',
  country: 'Canada',
};

/** What staff send to register a business. */
export function businessInput(overrides: Record<string, unknown> = {}) {
  const programme = (overrides.programme as 'qc' | 'fr' | undefined) ?? 'qc';
  return {
    programme,
    legalName: 'Meubles Laurentides inc.',
    registrationNumber: programme === 'qc' ? randomNeq() : randomSiren(),
    addresses: [address],
    sector: 'Meubles',
    participationDate: '2026-01-15',
    ...overrides,
  };
}

/** A business written straight to the database (tests of other features). */
export async function insertBusiness(
  t: TestApp,
  overrides: Partial<typeof businesses.$inferInsert> = {},
) {
  const now = t.ctx.clock.now();
  const programme = overrides.programme ?? 'qc';
  const [row] = await t.ctx.database.db
    .insert(businesses)
    .values({
      id: crypto.randomUUID(),
      programme,
      legalName: 'Meubles Laurentides inc.',
      registrationNumber: programme === 'qc' ? randomNeq() : randomSiren(),
      addresses: [address],
      sector: 'Meubles',
      participationDate: '2026-01-15',
      createdBy: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      ...overrides,
    })
    .returning();
  return row!;
}
