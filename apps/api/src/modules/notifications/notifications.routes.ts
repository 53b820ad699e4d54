/**
 * §9 in-app notifications: the signed-in person's own list (key-paginated, rendered in their
 * language), mark one or all read. Someone else's notification is a 404.
 */
import {
  notificationsPageSchema,
  notificationsQuerySchema,
  okSchema,
  uuidParam,
} from '@entente/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requestLanguage } from '../../platform/language.js';
import { requireUser } from '../auth/request-auth.js';
import { decodeCursor } from '../cases/command-schemas.js';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from './notifications-store.js';

const tags = ['notifications'];
const query = notificationsQuerySchema.extend({
  after: z
    .string()
    .max(200)
    .refine((value) => decodeCursor(value) !== null, { error: 'invalid' })
    .optional(),
});

export const notificationsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/notifications',
      { schema: { tags, querystring: query, response: { 200: notificationsPageSchema } } },
      async (request) => {
        const { user } = requireUser(request);
        return listNotifications(ctx.database.db, user.id, requestLanguage(request), request.query);
      },
    );

    app.post(
      '/api/notifications/:notificationId/read',
      {
        schema: {
          tags,
          params: z.strictObject({ notificationId: uuidParam }),
          response: { 200: okSchema },
        },
      },
      async (request) => {
        const { user } = requireUser(request);
        await markNotificationRead(
          ctx.database.db,
          user.id,
          request.params.notificationId,
          ctx.clock.now(),
        );
        return { ok: true as const };
      },
    );

    app.post(
      '/api/notifications/read-all',
      { schema: { tags, response: { 200: okSchema } } },
      async (request) => {
        const { user } = requireUser(request);
        await markAllNotificationsRead(ctx.database.db, user.id, ctx.clock.now());
        return { ok: true as const };
      },
    );
  };
