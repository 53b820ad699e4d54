import { currentTermsSchema } from '@entente/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { requestLanguage } from '../../platform/language.js';
import { readOfficeSettings } from '../settings/office-settings.js';
import { currentTerms } from './terms-service.js';

export const termsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/terms/current',
      { schema: { tags: ['terms'], response: { 200: currentTermsSchema } } },
      async (request) =>
        currentTerms(
          ctx.database.db,
          requestLanguage(request),
          await readOfficeSettings(ctx.database.db),
        ),
    );
  };
