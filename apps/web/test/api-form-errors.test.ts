import { describe, expect, it, vi } from 'vitest';
import { ApiError, NETWORK_ERROR } from '../src/api/client';
import { applyApiError } from '../src/lib/api-form-errors';

const t = (key: string) => `«${key}»`;

describe('applyApiError: server errors land on the fields, the rest on top of the form', () => {
  it('puts field messages on known fields only', () => {
    const setError = vi.fn();
    const error = new ApiError(400, 'validation_failed', 'Certaines données ne sont pas valides.', {
      email: 'Entrez une adresse courriel valide.',
      'address.city': 'Au plus 100 caractères.',
    });
    const message = applyApiError(error, { setError, fields: ['email', 'address.city'], t });
    expect(message).toBeNull();
    expect(setError).toHaveBeenCalledWith('email', {
      type: 'server',
      message: 'Entrez une adresse courriel valide.',
    });
    expect(setError).toHaveBeenCalledWith('address.city', {
      type: 'server',
      message: 'Au plus 100 caractères.',
    });
  });

  it('reports messages of fields the form does not have', () => {
    const setError = vi.fn();
    const error = new ApiError(400, 'validation_failed', 'Données non valides.', {
      token: 'Lien expiré.',
    });
    expect(applyApiError(error, { setError, fields: ['password'], t })).toBe(
      'Données non valides. Lien expiré.',
    );
    expect(setError).not.toHaveBeenCalled();
  });

  it('maps a code to its field (password_common → password)', () => {
    const setError = vi.fn();
    const error = new ApiError(422, 'password_common', 'Ce mot de passe est trop courant.');
    const message = applyApiError(error, {
      setError,
      fields: ['password'],
      codeFields: { password_common: 'password' },
      t,
    });
    expect(message).toBeNull();
    expect(setError).toHaveBeenCalledWith('password', {
      type: 'password_common',
      message: 'Ce mot de passe est trop courant.',
    });
  });

  it('shows rate limits and network failures as sentences', () => {
    const setError = vi.fn();
    const limited = new ApiError(
      429,
      'rate_limited',
      'Trop de tentatives. Réessayez dans 5 minutes.',
      {},
      300,
    );
    expect(applyApiError(limited, { setError, fields: [], t })).toBe(
      'Trop de tentatives. Réessayez dans 5 minutes.',
    );
    expect(applyApiError(new ApiError(0, NETWORK_ERROR, ''), { setError, fields: [], t })).toBe(
      '«error.network»',
    );
    expect(applyApiError(new Error('boom'), { setError, fields: [], t })).toBe(
      '«error.unexpected»',
    );
  });
});
