import { describe, expect, it } from 'vitest';
import { DEFAULT_AFTER_SIGN_IN, safeNextPath, signInPathFor } from '../src/lib/next-path';

describe('safeNextPath: only same-origin paths after sign-in (no open redirect)', () => {
  it.each([
    ['/cases', '/cases'],
    ['/profile?tab=sessions', '/profile?tab=sessions'],
    ['/mailbox/abc#top', '/mailbox/abc#top'],
    ['/cases/../profile', '/profile'],
  ])('accepts %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    '',
    'cases',
    '//evil.example',
    '//evil.example/cases',
    '/\\evil.example',
    '/\t/evil.example',
    '/ /evil.example',
    '\\\\evil.example',
    'https://evil.example/cases',
    'javascript:alert(1)',
    'data:text/html,hi',
    '/sign-in?next=/cases',
    '/register',
  ])('rejects %j', (next) => {
    expect(safeNextPath(next)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it('rejects overlong values', () => {
    expect(safeNextPath(`/${'a'.repeat(2001)}`)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it('keeps encoded characters inside this site', () => {
    expect(safeNextPath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
  });

  it('builds the sign-in link that comes back here', () => {
    expect(signInPathFor('/profile?x=1')).toBe('/sign-in?next=%2Fprofile%3Fx%3D1');
    expect(signInPathFor('/cases')).toBe('/sign-in');
    expect(signInPathFor('//evil.example')).toBe('/sign-in');
  });
});
