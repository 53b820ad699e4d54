/**
 * ACC-3 routes, open to anyone holding a link (no session needed). The token travels in the
 * body, never in an API path or query, so it cannot reach a log line; attempts are limited per
 * address (SEC-28).
 */
import { activationBody, activationInfoView, activationLookupBody } from '@entente/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requestLanguage } from '../../platform/language.js';
import { activateAccount, lookupActivation } from './activation-service.js';

const tags = ['activation'];
const perIp = { max: 30, windowSeconds: 3600 };

export const activationRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/activation/lookup',
      { schema: { tags, body: activationLookupBody, response: { 200: activationInfoView } } },
      async (request) => {
        await ctx.rateLimiter.hit(ctx.database.db, `activation:ip:${request.ip}`, perIp);
        return lookupActivation(ctx, request.body.token);
      },
    );

    app.post(
      '/api/activation',
      {
        schema: {
          tags,
          body: activationBody,
          response: { 200: z.object({ ok: z.literal(true), email: z.string() }) },
        },
      },
      async (request) => {
        await ctx.rateLimiter.hit(ctx.database.db, `activation:ip:${request.ip}`, perIp);
        const { email } = await activateAccount(ctx, request.body, requestLanguage(request));
        request.log.info({ security: 'account_activated' }, 'security event');
        return { ok: true as const, email };
      },
    );
  };
