import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { AppError, unauthenticated } from '../../platform/errors.js';
import { assertCsrf } from './csrf.js';
import { type Authenticated, SESSION_COOKIE, needsTotp } from './sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    auth: Authenticated | null;
  }
}

export const csrfBinding = (request: FastifyRequest) => request.auth?.session.id ?? 'anonymous';

/** Resolves the session cookie and checks CSRF on every state-changing API request. */
export function registerRequestAuth(app: FastifyInstance, ctx: AppContext): void {
  const allowedOrigins = [new URL(ctx.config.publicUrl).origin];
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    request.auth = await ctx.sessions.resolve(ctx.database.db, request.cookies[SESSION_COOKIE]);
    assertCsrf(request, ctx.keys.hmacKey, csrfBinding(request), [
      ...allowedOrigins,
      `${request.protocol}://${request.host}`,
    ]);
  });
}

/**
 * The signed-in person. ACC-7 / SEC-6: a mediator, staff member or administrator whose session
 * has no TOTP proof gets 403 `mfa_required` and no data, except on the routes that let them enrol.
 */
export function requireUser(
  request: FastifyRequest,
  opts: { allowPendingTotp?: boolean } = {},
): Authenticated {
  const auth = request.auth;
  if (!auth) throw unauthenticated();
  if (!opts.allowPendingTotp && needsTotp(auth.user) && !auth.session.totpVerifiedAt) {
    throw new AppError(403, 'mfa_required');
  }
  return auth;
}

export function setSessionCookie(reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'lax' });
}
