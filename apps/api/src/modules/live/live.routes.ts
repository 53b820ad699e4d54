/**
 * MSG-3: `GET /api/live`, a server-sent-events stream per signed-in person. It carries ids only
 * ("message posted in thread X of case Y", "case Z changed", "new notification"); the browser
 * refetches through the ordinary routes, so every read is authorised there. Heartbeat comments
 * keep proxies from closing an idle stream and re-check the session without extending it: a
 * stream ends when its session is revoked, times out or its account is disabled.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServerResponse } from 'node:http';
import type { AppContext } from '../../app-context.js';
import { sessions, users } from '../../db/schema/index.js';
import { AppError } from '../../platform/errors.js';
import { requireUser } from '../auth/request-auth.js';
import { LiveHub } from './live-hub.js';

export const HEARTBEAT_MS = 25_000;
/** A person rarely has more than a few tabs; this bounds what one account can hold open. */
export const MAX_STREAMS_PER_USER = 10;

/** True while the session may still be used; reads only, so an open stream never extends it. */
export async function sessionStillValid(ctx: AppContext, sessionId: string): Promise<boolean> {
  const [row] = await ctx.database.db
    .select({ session: sessions, disabledAt: users.disabledAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
  if (!row || row.disabledAt) return false;
  return !ctx.sessions.expired(row.session, ctx.clock.now());
}

/** SEC-26's headers, written by hand: a hijacked reply skips the `onSend` hook. */
const streamHeaders = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-store, no-transform',
  connection: 'keep-alive',
  // nginx and similar proxies must pass events through as they come.
  'x-accel-buffering': 'no',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

export const liveRoutes =
  (ctx: AppContext, options: { heartbeatMs?: number; hub?: LiveHub } = {}): FastifyPluginAsyncZod =>
  async (app) => {
    const hub =
      options.hub ?? new LiveHub((error) => app.log.warn({ err: error }, 'live listener'));
    const open = new Set<LiveResponse>();
    await hub.start(ctx);
    // Open streams would keep the server from closing: end them first.
    app.addHook('preClose', async () => {
      for (const response of open) response.end();
      await hub.stop();
    });

    app.get('/api/live', { schema: { tags: ['live'], hide: true } }, async (request, reply) => {
      const { user, session } = requireUser(request);
      const mine = [...open].filter((response) => response.userId === user.id).length;
      if (mine >= MAX_STREAMS_PER_USER) {
        throw new AppError(429, 'rate_limited', { retryAfterSeconds: 60, params: { minutes: 1 } });
      }
      reply.hijack();
      const raw = reply.raw as LiveResponse;
      raw.userId = user.id;
      raw.writeHead(200, streamHeaders);
      raw.flushHeaders();
      open.add(raw);
      const write = (text: string) => {
        if (!raw.writableEnded) raw.write(text);
      };
      // EventSource waits this long before reconnecting after a drop.
      write('retry: 3000\n: connected\n\n');
      const unsubscribe = hub.subscribe(user.id, (signal) => {
        write(`data: ${JSON.stringify(signal)}\n\n`);
      });
      const heartbeat = setInterval(() => {
        void sessionStillValid(ctx, session.id).then(
          (valid) => (valid ? write(': heartbeat\n\n') : raw.end()),
          () => write(': heartbeat\n\n'),
        );
      }, options.heartbeatMs ?? HEARTBEAT_MS);
      heartbeat.unref();
      const cleanUp = () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(raw);
      };
      raw.on('close', cleanUp);
      request.raw.on('close', () => {
        cleanUp();
        raw.end();
      });
    });
  };

type LiveResponse = ServerResponse & { userId?: string };
