import type { FastifyReply, FastifyRequest } from 'fastify';
import { hmac, randomToken, safeEqual } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';

export const CSRF_COOKIE = '__Host-entente_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * SEC-27: signed double-submit token bound to the session (or to "anonymous" before sign-in),
 * plus an Origin / Sec-Fetch-Site check. A new session needs a new token.
 */
export function issueCsrfToken(hmacKey: string, binding: string): string {
  const nonce = randomToken(16);
  return `${nonce}.${hmac(hmacKey, `${nonce}.${binding}`)}`;
}

function validToken(hmacKey: string, token: string, binding: string): boolean {
  const [nonce, mac] = token.split('.');
  return !!nonce && !!mac && safeEqual(mac, hmac(hmacKey, `${nonce}.${binding}`));
}

export function setCsrfCookie(reply: FastifyReply, token: string): void {
  reply.setCookie(CSRF_COOKIE, token, {
    path: '/',
    secure: true,
    httpOnly: false,
    sameSite: 'strict',
  });
}

export function assertCsrf(
  request: FastifyRequest,
  hmacKey: string,
  binding: string,
  allowedOrigins: string[],
): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  if (origin !== undefined && !allowedOrigins.includes(origin))
    throw new AppError(403, 'csrf_failed');
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    throw new AppError(403, 'csrf_failed');
  const header = request.headers[CSRF_HEADER];
  const cookie = request.cookies[CSRF_COOKIE];
  if (
    typeof header !== 'string' ||
    !cookie ||
    !safeEqual(header, cookie) ||
    !validToken(hmacKey, header, binding)
  ) {
    throw new AppError(403, 'csrf_failed');
  }
}
