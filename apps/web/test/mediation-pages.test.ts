import { formatIssue, type MediatorSuggestion } from '@entente/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/client';
import { mediationEn } from '../src/i18n/mediation-en';
import { mediationFr } from '../src/i18n/mediation-fr';
import { staffDashboardEn } from '../src/i18n/staff-dashboard-en';
import { staffDashboardFr } from '../src/i18n/staff-dashboard-fr';
import type { MediationTranslate } from '../src/i18n/mediation';
import { interpolate } from '../src/i18n/translate';
import { followupFormSchema, renamed } from '../src/pages/case/followups/followup-form';
import { reasonLines } from '../src/pages/staff/mediation/suggestion-text';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function expectSameShape(fr: Record<string, string>, en: Record<string, string>) {
  expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  for (const key of Object.keys(fr)) {
    expect(fr[key]!.trim(), key).not.toBe('');
    expect(en[key]!.trim(), key).not.toBe('');
    expect(placeholders(en[key]!), key).toEqual(placeholders(fr[key]!));
  }
}

describe('mediation and dashboard dictionaries (SPEC §10: French first, English complete)', () => {
  it('have the same keys and placeholders in both languages, nothing empty', () => {
    expectSameShape(mediationFr, mediationEn);
    expectSameShape(staffDashboardFr, staffDashboardEn);
  });

  it('STF-1, QC-20: use the office’s words for the pages and the follow-up request', () => {
    expect(staffDashboardFr['dash.title']).toBe('Tableau de bord');
    expect(mediationFr['queue.title']).toBe('File de médiation');
    expect(mediationFr['followup.title']).toBe('Demander une relance à l’Office');
    expect(staffDashboardFr['dash.followups.resolve']).toBe('Marquer comme traitée');
    expect(mediationFr['followup.allowed']).toBe('2000 caractères autorisés');
  });
});

const fr: MediationTranslate = (key, params) =>
  interpolate((mediationFr as Record<string, string>)[key] ?? key, params);
const day = (date: string) => `«${date}»`;

const suggestion = (overrides: Partial<MediatorSuggestion> = {}): MediatorSuggestion => ({
  userId: 'u1',
  name: 'Hélène Dubé',
  email: 'helene@example.org',
  sectors: [],
  regions: [],
  activeCases: 2,
  maxActiveCases: null,
  atCapacity: false,
  sectorMatch: false,
  nextAbsence: null,
  absenceSoon: false,
  ...overrides,
});

describe('the reasons of a suggestion (docs/adr/0011)', () => {
  it('says there is no absence and gives the load', () => {
    expect(reasonLines(suggestion(), fr, day)).toEqual([
      { text: 'Aucune absence prévue', warning: false },
      { text: '2 dossier(s) actif(s)', warning: false },
    ]);
  });

  it('flags an absence within 14 days and a reached cap; names a matching sector', () => {
    const lines = reasonLines(
      suggestion({
        activeCases: 5,
        maxActiveCases: 5,
        atCapacity: true,
        sectorMatch: true,
        nextAbsence: { startsOn: '2026-03-20', endsOn: '2026-04-02' },
        absenceSoon: true,
      }),
      fr,
      day,
    );
    expect(lines).toEqual([
      { text: 'Absence prévue bientôt : du «2026-03-20» au «2026-04-02»', warning: true },
      { text: '5 dossier(s) actif(s) sur 5', warning: false },
      { text: 'Charge prévue atteinte', warning: true },
      { text: 'Secteur correspondant', warning: false },
    ]);
  });
});

describe('the follow-up request form (QC-20)', () => {
  it('refuses a missing party and an empty or too long message, in both languages', () => {
    const result = followupFormSchema.safeParse({ followupParty: '', followupMessage: '  ' });
    expect(result.success).toBe(false);
    const messages = (lang: 'fr' | 'en') =>
      Object.fromEntries(
        result.error!.issues.map((issue) => [issue.path.join('.'), formatIssue(issue, lang)]),
      );
    expect(messages('fr')).toEqual({
      followupParty: 'Choisissez une valeur de la liste.',
      followupMessage: 'Ce champ est obligatoire.',
    });
    expect(messages('en')).toEqual({
      followupParty: 'Choose a value from the list.',
      followupMessage: 'This field is required.',
    });
    const long = followupFormSchema.safeParse({
      followupParty: 'both',
      followupMessage: 'é'.repeat(2001),
    });
    expect(formatIssue(long.error!.issues[0]!, 'fr')).toBe(
      'Un message contient au plus 2000 caractères.',
    );
    expect(
      followupFormSchema.safeParse({ followupParty: 'both', followupMessage: '😀'.repeat(2000) })
        .success,
    ).toBe(true);
  });

  it('puts the API’s field errors on this form’s own field names', () => {
    const error = renamed(
      new ApiError(400, 'validation_failed', 'Certains champs sont à corriger.', {
        party: 'Choisissez une valeur de la liste.',
        message: 'Ce champ est obligatoire.',
      }),
    ) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.fields).toEqual({
      followupParty: 'Choisissez une valeur de la liste.',
      followupMessage: 'Ce champ est obligatoire.',
    });
    expect(error.code).toBe('validation_failed');
  });
});
