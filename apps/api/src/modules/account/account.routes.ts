import {
  changePasswordBody,
  meSchema,
  okSchema,
  profileSchema,
  sessionListSchema,
  uuidParam,
} from '@entente/contracts';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { sessions as sessionsTable, users } from '../../db/schema/index.js';
import { notFound } from '../../platform/errors.js';
import { requestLanguage } from '../../platform/language.js';
import { PasswordService } from '../auth/password-service.js';
import { requireUser } from '../auth/request-auth.js';
import { toMe } from '../auth/users-repo.js';

const tags = ['account'];

export const accountRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const passwords = new PasswordService(ctx);

    // Profile and sign-out stay reachable before TOTP enrolment so a new staff member can finish it.
    app.get(
      '/api/account/profile',
      { schema: { tags, response: { 200: meSchema } } },
      async (request) => toMe(requireUser(request, { allowPendingTotp: true }).user),
    );

    app.patch(
      '/api/account/profile',
      { schema: { tags, body: profileSchema, response: { 200: meSchema } } },
      async (request) => {
        const { user } = requireUser(request, { allowPendingTotp: true });
        const body = request.body;
        const [updated] = await ctx.database.db
          .update(users)
          .set({
            givenName: body.givenName,
            familyName: body.familyName,
            phone: body.phone ?? null,
            address: body.address ?? null,
            preferredLanguage: body.preferredLanguage,
            updatedAt: ctx.clock.now(),
          })
          .where(eq(users.id, user.id))
          .returning();
        return toMe(updated ?? user);
      },
    );

    app.post(
      '/api/account/password',
      { schema: { tags, body: changePasswordBody, response: { 200: okSchema } } },
      async (request) => {
        await passwords.change(
          requireUser(request, { allowPendingTotp: true }),
          request.body.currentPassword,
          request.body.newPassword,
          requestLanguage(request),
        );
        return { ok: true as const };
      },
    );

    app.get(
      '/api/account/sessions',
      { schema: { tags, response: { 200: sessionListSchema } } },
      async (request) => {
        const current = requireUser(request, { allowPendingTotp: true });
        const list = await ctx.sessions.listActive(ctx.database.db, current.user.id);
        return {
          sessions: list.map((s) => ({
            id: s.id,
            createdAt: s.createdAt.toISOString(),
            lastSeenAt: s.lastSeenAt.toISOString(),
            userAgent: s.userAgent,
            current: s.id === current.session.id,
          })),
        };
      },
    );

    app.delete(
      '/api/account/sessions/:id',
      {
        schema: { tags, params: z.object({ id: uuidParam }).strict(), response: { 200: okSchema } },
      },
      async (request) => {
        const current = requireUser(request, { allowPendingTotp: true });
        const [target] = await ctx.database.db
          .select()
          .from(sessionsTable)
          .where(eq(sessionsTable.id, request.params.id));
        if (!target || target.userId !== current.user.id) throw notFound();
        await ctx.sessions.revoke(ctx.database.db, target.id);
        return { ok: true as const };
      },
    );
  };
