import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { AppError, unauthenticated } from '../../platform/errors.js';
import { assertCsrf } from './csrf.js';
import { type Authenticated, SESSION_COOKIE, needsTotp, sessionHashOf } from './sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    auth: Authenticated | null;
  }
  interface FastifyContextConfig {
    /**
     * The handler reads the session in its own statement (`requireUserWith`), so the hook does
     * not: one round trip fewer on the hottest reads (issue 7). GET and HEAD only: any other
     * method needs the session before the handler for its CSRF check.
     */
    sessionInRead?: boolean;
  }
}

const READS = new Set(['GET', 'HEAD']);

export const csrfBinding = (request: FastifyRequest) => request.auth?.session.id ?? 'anonymous';

/** Resolves the session cookie and checks CSRF on every state-changing API request. */
export function registerRequestAuth(app: FastifyInstance, ctx: AppContext): void {
  const allowedOrigins = [new URL(ctx.config.publicUrl).origin];
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    if (request.routeOptions.config.sessionInRead && READS.has(request.method)) return;
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

/**
 * `requireUser` for a `sessionInRead` route: `read` runs the route's statement with the cookie's
 * session hash (nothing runs without a plausible cookie) and returns its row, which carries the
 * session and its user; the session checks of every request then apply as in the hook (a
 * timed-out session is revoked, an active one touched), and so do `requireUser`'s.
 */
export async function requireUserWith<R extends Authenticated>(
  ctx: AppContext,
  request: FastifyRequest,
  read: (sessionHash: string) => Promise<R | undefined>,
  opts: { allowPendingTotp?: boolean } = {},
): Promise<R> {
  const sessionHash = sessionHashOf(request.cookies[SESSION_COOKIE]);
  const found = sessionHash === null ? undefined : await read(sessionHash);
  request.auth =
    found === undefined
      ? null
      : await ctx.sessions.accept(ctx.database.db, { session: found.session, user: found.user });
  requireUser(request, opts);
  return found as R;
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
