import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { AppError } from '../../platform/errors.js';

/** Liveness answers while the process runs; readiness also proves the database answers. */
export const healthRoutes =
  (ctx: AppContext, state: { shuttingDown: boolean }): FastifyPluginAsyncZod =>
  async (app) => {
    const status = z.object({ status: z.enum(['ok']) });
    app.get('/healthz', { schema: { tags: ['health'], response: { 200: status } } }, async () => ({
      status: 'ok' as const,
    }));
    app.get('/readyz', { schema: { tags: ['health'], response: { 200: status } } }, async () => {
      if (state.shuttingDown) throw new AppError(503, 'not_ready');
      await ctx.database.db.execute(sql`SELECT 1`);
      return { status: 'ok' as const };
    });
  };
