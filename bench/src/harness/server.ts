/**
 * The API as `npm start` runs it (apps/api's createContext + buildApp), plus one route for the
 * ceiling measurement: the API has no route that is just "one indexed SELECT", so this process
 * adds `GET /bench/ceiling/select` on the same Fastify instance, using the API's own Database
 * (same pg pool, same DATABASE_POOL_SIZE). `/healthz` is the static JSON ceiling.
 */
import { z } from 'zod';
import { buildApp } from '../../../apps/api/src/app.js';
import { loadConfig } from '../../../apps/api/src/config.js';
import { createContext } from '../../../apps/api/src/context.js';

const config = loadConfig();
const ctx = await createContext(config);
const app = await buildApp(ctx, { serveWeb: false });

app.get(
  '/bench/ceiling/select',
  {
    schema: {
      querystring: z.object({ id: z.uuid() }),
      response: { 200: z.object({ id: z.string(), status: z.string() }) },
    },
  },
  async (request) => {
    const { id } = request.query as { id: string };
    const { rows } = await ctx.database.execute('SELECT id, status FROM cases WHERE id = $1', [id]);
    const row = rows[0] as { id: string; status: string } | undefined;
    return row ?? { id, status: 'missing' };
  },
);

// The harness may signal twice (its explicit stop and its exit handler): close once.
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close();
  await ctx.database.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
await app.listen({ port: config.port, host: '127.0.0.1' });
console.log(`bench server listening on ${config.port}`);
