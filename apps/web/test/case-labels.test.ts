import { OUTCOMES, STATUSES } from '@entente/domain';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { translatorFor } from '../src/i18n/translate';
import { daysLeft, lastDayOf, outcomeLabel, statusLabel } from '../src/lib/case-labels';
import { accessCodeErrors, newCaseSchema } from '../src/pages/cases/new-case-form';

const tFr = translatorFor(fr);
const tEn = translatorFor(en);

describe('case labels', () => {
  it('name every status of both programmes in French and English', () => {
    for (const status of [...STATUSES.qc, ...STATUSES.fr]) {
      expect(statusLabel(tFr, status), status).not.toBe(status);
      expect(statusLabel(tEn, status), status).not.toBe(status);
    }
    expect(statusLabel(tFr, 'draft')).toBe('Ébauche');
    expect(statusLabel(tEn, 'draft')).toBe('Draft');
  });

  it('name every outcome in French and English', () => {
    for (const outcome of OUTCOMES) {
      expect(outcomeLabel(tFr, outcome), outcome).not.toBe(outcome);
      expect(outcomeLabel(tEn, outcome), outcome).not.toBe(outcome);
    }
  });

  it('count the days left before the last day of a deadline, 0 on that day', () => {
    const now = new Date(2026, 10, 22, 12).getTime();
    // A 30-day period ending at midnight after 22 December (local time).
    expect(daysLeft(new Date(2026, 11, 23).toISOString(), now)).toBe(30);
    expect(daysLeft(new Date(2026, 10, 23).toISOString(), now)).toBe(0);
    expect(daysLeft(new Date(2026, 10, 22, 11).toISOString(), now)).toBeNull();
    expect(lastDayOf('2026-12-22T05:00:00.000Z')).toBe('2026-12-22T04:59:59.999Z');
  });
});

describe('"Créer un dossier" form', () => {
  const valid = {
    referenceNumber: '1291252',
    accessCode: 'fnRpAmyX',
    acceptTerms: true,
    acceptConfidentiality: true,
  };

  it('accepts the seed’s reference number and access code', () => {
    expect(newCaseSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses malformed codes and unticked consents, field by field', () => {
    const result = newCaseSchema.safeParse({
      referenceNumber: '0123',
      accessCode: 'fnRpAmy0',
      acceptTerms: false,
      acceptConfidentiality: false,
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(paths).toEqual([
      'acceptConfidentiality',
      'acceptTerms',
      'accessCode',
      'referenceNumber',
    ]);
  });

  it('ties wrong, used and expired codes to the access code field', () => {
    expect(Object.values(accessCodeErrors)).toEqual(['accessCode', 'accessCode', 'accessCode']);
  });
});
