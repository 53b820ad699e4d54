import {
  challengeParams,
  challengeSchema,
  codeBody,
  forgotPasswordBody,
  loginBody,
  okSchema,
  registerBody,
  resetPasswordBody,
  sessionStateSchema,
  totpSetupSchema,
  verifyResultSchema,
} from '@entente/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requestLanguage } from '../../platform/language.js';
import { AuthService, type ClientInfo } from './auth-service.js';
import { issueCsrfToken, setCsrfCookie } from './csrf.js';
import { PasswordService } from './password-service.js';
import { clearSessionCookie, csrfBinding, requireUser, setSessionCookie } from './request-auth.js';
import type { Authenticated } from './sessions.js';
import { TotpService } from './totp-service.js';
import { sessionState } from './users-repo.js';

const tags = ['auth'];
const registerVerifyBody = codeBody
  .extend({ challengeId: challengeParams.shape.challengeId })
  .strict();

export const authRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const auth = new AuthService(ctx);
    const passwords = new PasswordService(ctx);
    const totp = new TotpService(ctx);
    const client = (request: FastifyRequest): ClientInfo => ({
      ip: request.ip,
      userAgent: request.headers['user-agent'],
      lang: requestLanguage(request),
    });

    /** A new session: cookie, and a CSRF token bound to it (the old one dies with the old session). */
    const signIn = (reply: FastifyReply, token: string, signedIn: Authenticated) => {
      reply.log.info(
        {
          security: 'signed_in',
          userId: signedIn.user.id,
          totp: signedIn.session.totpVerifiedAt !== null,
        },
        'security event',
      );
      setSessionCookie(reply, token);
      setCsrfCookie(reply, issueCsrfToken(ctx.keys.hmacKey, signedIn.session.id));
      return sessionState(ctx.sessions, signedIn);
    };

    app.get(
      '/api/auth/csrf',
      { schema: { tags, response: { 200: z.object({ token: z.string() }) } } },
      async (request, reply) => {
        const token = issueCsrfToken(ctx.keys.hmacKey, csrfBinding(request));
        setCsrfCookie(reply, token);
        return { token };
      },
    );

    app.get(
      '/api/auth/session',
      { schema: { tags, response: { 200: sessionStateSchema } } },
      async (request) => sessionState(ctx.sessions, request.auth),
    );

    app.post(
      '/api/auth/session/extend',
      { schema: { tags, response: { 200: sessionStateSchema } } },
      async (request) => {
        const current = requireUser(request, { allowPendingTotp: true });
        await ctx.sessions.touch(ctx.database.db, current.session.id);
        current.session.lastSeenAt = ctx.clock.now();
        return sessionState(ctx.sessions, current);
      },
    );

    app.post(
      '/api/auth/register',
      { schema: { tags, body: registerBody, response: { 201: challengeSchema } } },
      async (request, reply) =>
        reply.status(201).send(await auth.register(request.body, client(request))),
    );

    app.post(
      '/api/auth/register/verify',
      { schema: { tags, body: registerVerifyBody, response: { 200: sessionStateSchema } } },
      async (request, reply) => {
        const result = await auth.verifyCode(
          request.body.challengeId,
          request.body.code,
          client(request),
        );
        if (result.status !== 'signed_in') throw new Error('registration cannot require TOTP');
        return signIn(reply, result.token, result.auth);
      },
    );

    app.post(
      '/api/auth/login',
      { schema: { tags, body: loginBody, response: { 200: challengeSchema } } },
      async (request) => auth.login(request.body, client(request)),
    );

    app.post(
      '/api/auth/challenges/:challengeId/code',
      { schema: { tags, params: challengeParams, response: { 200: challengeSchema } } },
      async (request) => auth.sendCode(request.params.challengeId),
    );

    app.post(
      '/api/auth/challenges/:challengeId/verify',
      {
        schema: {
          tags,
          params: challengeParams,
          body: codeBody,
          response: { 200: verifyResultSchema },
        },
      },
      async (request, reply) => {
        const result = await auth.verifyCode(
          request.params.challengeId,
          request.body.code,
          client(request),
        );
        if (result.status === 'totp_required') return result;
        return { status: 'signed_in' as const, session: signIn(reply, result.token, result.auth) };
      },
    );

    app.post(
      '/api/auth/challenges/:challengeId/totp',
      {
        schema: {
          tags,
          params: challengeParams,
          body: codeBody,
          response: { 200: verifyResultSchema },
        },
      },
      async (request, reply) => {
        const result = await auth.verifyTotp(
          request.params.challengeId,
          request.body.code,
          client(request),
        );
        return { status: 'signed_in' as const, session: signIn(reply, result.token, result.auth) };
      },
    );

    app.post(
      '/api/auth/logout',
      { schema: { tags, response: { 200: okSchema } } },
      async (request, reply) => {
        if (request.auth) {
          await ctx.sessions.revoke(ctx.database.db, request.auth.session.id);
          request.log.info(
            { security: 'signed_out', userId: request.auth.user.id },
            'security event',
          );
        }
        clearSessionCookie(reply);
        setCsrfCookie(reply, issueCsrfToken(ctx.keys.hmacKey, 'anonymous'));
        return { ok: true as const };
      },
    );

    app.post(
      '/api/auth/password/forgot',
      { schema: { tags, body: forgotPasswordBody, response: { 200: okSchema } } },
      async (request) => {
        await passwords.forgot(request.body.email, request.ip);
        return { ok: true as const };
      },
    );

    app.post(
      '/api/auth/password/reset',
      { schema: { tags, body: resetPasswordBody, response: { 200: okSchema } } },
      async (request) => {
        await passwords.reset(request.body.token, request.body.password, requestLanguage(request));
        return { ok: true as const };
      },
    );

    app.post(
      '/api/auth/totp/setup',
      { schema: { tags, response: { 200: totpSetupSchema } } },
      async (request) => totp.setup(requireUser(request, { allowPendingTotp: true })),
    );

    app.post(
      '/api/auth/totp/confirm',
      { schema: { tags, body: codeBody, response: { 200: sessionStateSchema } } },
      async (request, reply) => {
        const result = await totp.confirm(
          requireUser(request, { allowPendingTotp: true }),
          request.body.code,
          request.headers['user-agent'],
        );
        return signIn(reply, result.token, result.auth);
      },
    );
  };
