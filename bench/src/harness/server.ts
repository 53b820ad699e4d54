/**
 * The API as `npm start` runs it (apps/api's createContext + buildApp), plus one route for the
 * ceiling measurement: the API has no route that is just "one indexed SELECT", so this process
 * adds `GET /bench/ceiling/select` on the same Fastify instance, using the API's own Database
 * (same pg pool, same DATABASE_POOL_SIZE). `/healthz` is the static JSON ceiling.
 *
 * `GET /bench/ceiling/write` is the smallest durable write through the same pool: a transaction
 * that inserts one row into a table of its own (BEGIN, INSERT, COMMIT with its WAL flush). It is
 * what the write scenarios' 20 % target can be read against: a message post or a proposal is
 * that plus the case's lock, journal, projections and notifications. A GET, because the API's
 * CSRF check refuses an anonymous POST and the ceiling measures the database, not the method.
 *
 * `GET /bench/floor/cases/:id/:part` is the case page's floor: the very named statement each of
 * its four reads runs (the session, the case, the reader's relations and the tab's data), on the
 * cookie's session, read through drizzle as the route reads it, answered like the SELECT ceiling
 * with one line (the row count). No access decision, no view, no response body: what the case
 * page's statements cost alone, against the ceiling's one-row SELECT.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { buildApp } from '../../../apps/api/src/app.js';
import { loadConfig } from '../../../apps/api/src/config.js';
import { createContext } from '../../../apps/api/src/context.js';
import { SESSION_COOKIE, sessionHashOf } from '../../../apps/api/src/modules/auth/sessions.js';
import { proposalsRead } from '../../../apps/api/src/modules/cases/case-page-views.js';
import { historyRead } from '../../../apps/api/src/modules/cases/case-queries.js';
import { summaryRead } from '../../../apps/api/src/modules/cases/case-views.js';
import { threadsRead } from '../../../apps/api/src/modules/messages/thread-queries.js';

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

await ctx.database.execute(
  `CREATE TABLE IF NOT EXISTS bench_ceiling_writes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, case_id uuid NOT NULL, at timestamptz NOT NULL)`,
);
await ctx.database.execute('TRUNCATE bench_ceiling_writes');

app.get(
  '/bench/ceiling/write',
  {
    schema: {
      querystring: z.object({ id: z.uuid() }),
      response: { 200: z.object({ id: z.string() }) },
    },
  },
  async (request) => {
    const { id } = request.query as { id: string };
    await ctx.database.transaction((tx) =>
      tx.execute(sql`INSERT INTO bench_ceiling_writes (case_id, at) VALUES (${id}, now())`),
    );
    return { id };
  },
);

const FLOOR_READS = {
  summary: summaryRead,
  events: historyRead,
  proposals: proposalsRead,
  threads: threadsRead,
};

app.get(
  '/bench/floor/cases/:id/:part',
  {
    schema: {
      params: z.object({
        id: z.uuid(),
        part: z.enum(['summary', 'events', 'proposals', 'threads']),
      }),
      response: {
        200: z.object({ rows: z.number() }),
        401: z.object({ error: z.string() }),
        404: z.object({ error: z.string() }),
      },
    },
  },
  async (request, reply) => {
    const { id, part } = request.params as { id: string; part: keyof typeof FLOOR_READS };
    const sessionHash = sessionHashOf(request.cookies[SESSION_COOKIE]);
    if (sessionHash === null) return reply.code(401).send({ error: 'no session' });
    const rows = await FLOOR_READS[part]
      .forSession(ctx.database.db)
      .execute({ caseId: id, sessionHash });
    // Counted as errors by the harness: a floor that read nothing would measure nothing.
    if (rows.length === 0) return reply.code(401).send({ error: 'no session' });
    if (rows[0]!.row === null) return reply.code(404).send({ error: 'no case' });
    return { rows: rows.length };
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
