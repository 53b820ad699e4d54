/**
 * Messaging centre routes (MSG-1 to MSG-3, QC-16, QC-18). Every request checks access again;
 * a stranger, staff (STF-2) or a mediator asking for the parties' thread (QC-16) gets the 404 of
 * a case that does not exist (SPEC §2).
 */
import {
  markReadSchema,
  messageViewSchema,
  messagesPageSchema,
  messagesQuerySchema,
  okSchema,
  postMessageSchema,
  threadKindParam,
  threadsResponseSchema,
  unreadCountsSchema,
  uuidParam,
} from '@entente/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../auth/request-auth.js';
import { readableCaseOfRequest } from '../cases/case-queries.js';
import { caseIdParams } from '../cases/command-schemas.js';
import { postMessage } from './post-message.js';
import { unreadCounts } from './unread-counts.js';
import { listMessages, markThreadRead, threadList, threadsRead } from './thread-queries.js';

const tags = ['messages'];
const threadParams = z.strictObject({ id: uuidParam, kind: threadKindParam });

export const messagesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/cases/:id/threads',
      {
        config: { sessionInRead: true },
        schema: { tags, params: caseIdParams, response: { 200: threadsResponseSchema } },
      },
      async (request) => {
        const { id } = request.params;
        const { reader, found } = await readableCaseOfRequest(ctx, request, id, threadsRead);
        return threadList(ctx, reader, found);
      },
    );

    app.get(
      '/api/cases/:id/threads/:kind/messages',
      {
        schema: {
          tags,
          params: threadParams,
          querystring: messagesQuerySchema,
          response: { 200: messagesPageSchema },
        },
      },
      async (request) =>
        listMessages(
          ctx,
          requireUser(request).user,
          request.params.id,
          request.params.kind,
          request.query,
        ),
    );

    app.post(
      '/api/cases/:id/threads/:kind/messages',
      {
        schema: {
          tags,
          params: threadParams,
          body: postMessageSchema,
          response: { 201: messageViewSchema },
        },
      },
      async (request, reply) => {
        const { user } = requireUser(request);
        const { id, kind } = request.params;
        const posted = await postMessage(ctx, user, id, kind, request.body.body);
        return reply.status(201).send({
          id: posted.id,
          authorRole: posted.authorRole,
          authorName: [user.givenName, user.familyName].filter(Boolean).join(' ') || null,
          mine: true,
          body: request.body.body,
          createdAt: posted.createdAt.toISOString(),
        });
      },
    );

    app.post(
      '/api/cases/:id/threads/:kind/read',
      { schema: { tags, params: threadParams, body: markReadSchema, response: { 200: okSchema } } },
      async (request) => {
        const { user } = requireUser(request);
        await markThreadRead(ctx, user, request.params.id, request.params.kind, request.body.upTo);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/unread',
      { config: { sessionInRead: true }, schema: { tags, response: { 200: unreadCountsSchema } } },
      async (request) => unreadCounts(ctx, request),
    );
  };
