import { publicSettingsSchema } from '@entente/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { readOfficeSettings } from './office-settings.js';

export const settingsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/settings/public',
      { schema: { tags: ['settings'], response: { 200: publicSettingsSchema } } },
      async () => ({
        ...(await readOfficeSettings(ctx.database.db)),
        mailboxEnabled: ctx.mail.mailboxEnabled,
      }),
    );
  };
