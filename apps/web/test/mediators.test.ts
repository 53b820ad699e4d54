import { mediatorCreateBody, type MediatorView } from '@entente/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/client';
import { mediatorsEn } from '../src/i18n/mediators-en';
import { mediatorsFr } from '../src/i18n/mediators-fr';
import { interpolate } from '../src/i18n/translate';
import type { Formatters } from '../src/i18n/hooks';
import type { MediatorsTranslate } from '../src/i18n/mediators';
import {
  createResolver,
  editValuesOf,
  formFieldOf,
  toCreateBody,
  toFormError,
  toUpdateBody,
  type MediatorFormValues,
} from '../src/pages/staff/mediators/mediator-form';
import { availabilityText, loadText } from '../src/pages/staff/mediators/mediator-text';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const form = (overrides: Partial<MediatorFormValues> = {}): MediatorFormValues => ({
  email: 'helene.dube@cabinet.example',
  givenName: 'Hélène',
  familyName: 'Dubé',
  preferredLanguage: 'fr',
  programmes: ['qc'],
  sectors: '',
  regions: '',
  maxActiveCases: '',
  jobTitle: '',
  organisation: '',
  workPhone: '',
  ...overrides,
});

describe('mediator registry dictionaries (MDR-1, SPEC §10)', () => {
  it('French and English have the same keys and placeholders, nothing empty', () => {
    expect(Object.keys(mediatorsEn).sort()).toEqual(Object.keys(mediatorsFr).sort());
    for (const key of Object.keys(mediatorsFr) as (keyof typeof mediatorsFr)[]) {
      expect(mediatorsFr[key].trim(), key).not.toBe('');
      expect(mediatorsEn[key].trim(), key).not.toBe('');
      expect(placeholders(mediatorsEn[key]), key).toEqual(placeholders(mediatorsFr[key]));
    }
  });
});

describe('the enrolment form (MDR-1, ACC-3)', () => {
  it('turns comma-separated lists, the cap and a partial profile into the API body', () => {
    const body = toCreateBody(
      form({
        programmes: ['fr', 'qc'],
        sectors: 'Meubles, Voyage ;  ,Télécommunications',
        regions: 'Montréal',
        maxActiveCases: ' 12 ',
        organisation: 'Cabinet Dubé',
      }),
    );
    expect(body).toEqual({
      email: 'helene.dube@cabinet.example',
      givenName: 'Hélène',
      familyName: 'Dubé',
      preferredLanguage: 'fr',
      programmes: ['fr', 'qc'],
      sectors: ['Meubles', 'Voyage', 'Télécommunications'],
      regions: ['Montréal'],
      maxActiveCases: 12,
      profile: { jobTitle: undefined, organisation: 'Cabinet Dubé', workPhone: undefined },
    });
    expect(mediatorCreateBody.safeParse(body).success).toBe(true);
    expect(toCreateBody(form())).not.toHaveProperty('profile');
    expect(toCreateBody(form())).not.toHaveProperty('maxActiveCases');
  });

  it('puts the schema’s messages on the fields typed in, in the UI language', async () => {
    const resolve = createResolver('fr');
    const result = await resolve(
      form({
        email: 'pas-une-adresse',
        programmes: [],
        sectors: `Meubles, ${'x'.repeat(101)}`,
        maxActiveCases: 'douze',
        workPhone: 'abc',
      }),
      undefined,
      { fields: {}, shouldUseNativeValidation: false },
    );
    const messages = Object.fromEntries(
      Object.entries(result.errors).map(([field, error]) => [field, error?.message]),
    );
    expect(messages).toEqual({
      email: 'Entrez une adresse courriel valide.',
      programmes: 'Ce champ est obligatoire.',
      sectors: 'Au plus 100 caractères.',
      maxActiveCases: 'Cette valeur n’est pas valide.',
      workPhone: 'Entrez un numéro de téléphone valide.',
    });
    const english = await createResolver('en')(form({ programmes: [] }), undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(english.errors.programmes?.message).toBe('This field is required.');
  });

  it('renames the API’s field paths to the form’s fields', () => {
    expect(formFieldOf(['profile', 'workPhone'])).toBe('workPhone');
    expect(formFieldOf(['sectors', 3])).toBe('sectors');
    const error = toFormError(
      new ApiError(409, 'validation_failed', 'Certains champs sont à corriger.', {
        email: 'Cette personne est déjà inscrite comme médiateur.',
        'regions.1': 'Au plus 100 caractères.',
      }),
    ) as ApiError;
    expect(error.fields).toEqual({
      email: 'Cette personne est déjà inscrite comme médiateur.',
      regions: 'Au plus 100 caractères.',
    });
    expect(error.status).toBe(409);
  });
});

describe('the edit form (MDR-1)', () => {
  const mediator = {
    programmes: ['qc', 'fr'],
    sectors: ['Meubles', 'Voyage'],
    regions: [],
    maxActiveCases: null,
    independenceDeclaredOn: '2026-01-05',
  } as unknown as MediatorView;

  it('round-trips the mediator and sends the declaration only when France is covered', () => {
    const values = editValuesOf(mediator);
    expect(values).toEqual({
      programmes: ['qc', 'fr'],
      sectors: 'Meubles, Voyage',
      regions: '',
      maxActiveCases: '',
      independenceDeclaredOn: '2026-01-05',
    });
    expect(toUpdateBody(values)).toEqual({
      programmes: ['qc', 'fr'],
      sectors: ['Meubles', 'Voyage'],
      regions: [],
      maxActiveCases: null,
      independenceDeclaredOn: '2026-01-05',
    });
    expect(toUpdateBody({ ...values, independenceDeclaredOn: '' }).independenceDeclaredOn).toBe(
      null,
    );
    expect(toUpdateBody({ ...values, programmes: ['qc'] })).not.toHaveProperty(
      'independenceDeclaredOn',
    );
  });
});

describe('availability and load text (MDR-1)', () => {
  const t = ((key: keyof typeof mediatorsFr, params?: Record<string, string | number>) =>
    interpolate(mediatorsFr[key], params)) as MediatorsTranslate;
  const format = { date: (iso: string) => iso.slice(0, 10) } as Formatters;

  it('says away until when, the next absence, or available; the load against the cap', () => {
    const absence = { startsOn: '2026-03-24', endsOn: '2026-04-02' };
    expect(availabilityText(t, format, { unavailableToday: true, nextAbsence: absence })).toBe(
      'Absent jusqu’au 2026-04-02 inclusivement',
    );
    expect(availabilityText(t, format, { unavailableToday: false, nextAbsence: absence })).toBe(
      'Disponible ; absence prévue du 2026-03-24 au 2026-04-02',
    );
    expect(availabilityText(t, format, { unavailableToday: false, nextAbsence: null })).toBe(
      'Disponible',
    );
    expect(loadText(t, { activeCases: 2, maxActiveCases: 8 })).toBe('2 sur 8');
    expect(loadText(t, { activeCases: 0, maxActiveCases: null })).toBe('0 (sans limite)');
  });
});
