import { codeBody, loginBody } from '@entente/contracts';
import type { FieldValues, ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { localizedResolver } from '../src/lib/form-resolver';
import { registerDefaults, registerFormSchema } from '../src/pages/register/register-form';

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<FieldValues>;

describe('localizedResolver: schema message keys become sentences in the UI language', () => {
  it('translates keys into French', async () => {
    const result = await localizedResolver(loginBody, 'fr')(
      { email: 'nope', password: '' },
      undefined,
      options,
    );
    expect(result.errors).toMatchObject({
      email: { message: 'Entrez une adresse courriel valide.' },
      password: { message: 'Ce champ est obligatoire.' },
    });
  });

  it('translates keys into English', async () => {
    const result = await localizedResolver(codeBody, 'en')({ code: '12ab' }, undefined, options);
    expect(result.errors).toMatchObject({ code: { message: 'The code has 6 digits.' } });
  });

  it('nests errors of nested fields and translates checkbox and password keys', async () => {
    const values = {
      ...registerDefaults('fr'),
      password: 'court',
      address: {
        line1: '',
        line2: '',
        city: 'x'.repeat(101),
        region: '',
        postalCode: '',
        country: '',
      },
    };
    const result = await localizedResolver(registerFormSchema, 'fr')(values, undefined, options);
    expect(result.errors).toMatchObject({
      givenName: { message: 'Ce champ est obligatoire.' },
      password: { message: 'Le mot de passe doit contenir au moins 12 caractères.' },
      acceptTerms: { message: 'Vous devez cocher cette case.' },
      address: { city: { message: 'Au plus 100 caractères.' } },
    });
  });

  it('returns the parsed values when valid', async () => {
    const result = await localizedResolver(loginBody, 'fr')(
      { email: '  Marie@Example.ORG ', password: ' secret ' },
      undefined,
      options,
    );
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ email: 'marie@example.org', password: ' secret ' });
  });
});
