/** Where to go after signing in: only a path on this site, never another origin (open redirect). */

export const DEFAULT_AFTER_SIGN_IN = '/cases';
const BASE = 'https://entente.invalid';
const AUTH_PAGES = ['/sign-in', '/register', '/forgot-password', '/reset-password'];

export function safeNextPath(next: string | null | undefined): string {
  if (!next || next.length > 2000) return DEFAULT_AFTER_SIGN_IN;
  // Must be an absolute path; "//host" and "/\host" are protocol-relative URLs in browsers.
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  // Control characters and whitespace are dropped by URL parsers and can hide a second slash.
  if (/[\u0000-\u0020\u007f\\]/.test(next)) return DEFAULT_AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (url.origin !== BASE) return DEFAULT_AFTER_SIGN_IN;
  if (AUTH_PAGES.includes(url.pathname)) return DEFAULT_AFTER_SIGN_IN;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in URL that brings the person back to `path` afterwards. */
export function signInPathFor(path: string): string {
  const next = safeNextPath(path);
  return next === DEFAULT_AFTER_SIGN_IN ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}
