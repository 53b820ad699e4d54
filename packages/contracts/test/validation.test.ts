import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  issuesToFieldErrors,
  loginBody,
  newPasswordField,
  pickLanguage,
  registerBody,
} from '../src/index.js';

describe('password policy (SEC-1)', () => {
  it('accepts exactly 12 to 128 code points of any Unicode', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), { maxLength: 200 }),
        (chars) => {
          const password = chars.join('');
          const ok = newPasswordField.safeParse(password).success;
          expect(ok).toBe(chars.length >= 12 && chars.length <= 128);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the password exactly as typed (no trimming or case folding)', () => {
    const typed = '  Élan Vital ☀ 2026  ';
    expect(newPasswordField.parse(typed)).toBe(typed);
  });
});

describe('field errors in the user language', () => {
  const bad = {
    email: 'not-an-email',
    password: 'short',
    givenName: '',
    preferredLanguage: 'de',
    acceptTerms: false,
    role: 'administrator',
  };

  it('gives one French message per field, unknown fields included (SEC-16)', () => {
    const result = registerBody.safeParse(bad);
    expect(result.success).toBe(false);
    const fields = issuesToFieldErrors(result.error!.issues, 'fr');
    expect(fields).toMatchObject({
      email: 'Entrez une adresse courriel valide.',
      password: 'Le mot de passe doit contenir au moins 12 caractères.',
      givenName: 'Ce champ est obligatoire.',
      familyName: 'Ce champ est obligatoire.',
      preferredLanguage: 'Choisissez une valeur de la liste.',
      acceptTerms: 'Vous devez cocher cette case.',
      role: 'Ce champ n’est pas permis.',
    });
  });

  it('gives the same fields in English', () => {
    const result = loginBody.safeParse({ email: ' ', password: '' });
    const fields = issuesToFieldErrors(result.error!.issues, 'en');
    expect(fields).toEqual({
      email: 'This field is required.',
      password: 'This field is required.',
    });
  });

  it('normalises e-mail addresses', () => {
    expect(loginBody.parse({ email: '  Alice@Example.ORG ', password: 'x' }).email).toBe(
      'alice@example.org',
    );
  });
});

describe('pickLanguage', () => {
  it.each([
    [undefined, 'fr'],
    ['en-US,en;q=0.9', 'en'],
    ['de-DE,en;q=0.5,fr;q=0.8', 'fr'],
    ['es', 'fr'],
  ] as const)('%s → %s', (header, expected) => {
    expect(pickLanguage(header)).toBe(expected);
  });
});

describe('required text messages', () => {
  it('says "required" only when the value is missing, not when it is too long', async () => {
    const { requiredText } = await import('../src/text-field.js');
    const schema = requiredText(5);
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe('required');
    expect(schema.safeParse('   ').error?.issues[0]?.message).toBe('required');
    const tooLong = schema.safeParse('abcdefgh').error?.issues[0];
    expect(tooLong?.code).toBe('too_big');
    expect(tooLong?.message).not.toBe('required');
  });
});
