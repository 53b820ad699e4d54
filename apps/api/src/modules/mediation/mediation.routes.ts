/**
 * Issue 6 items 3 and 8: the staff's mediation queue and mediator suggestions
 * (`/api/staff/…`: 404 to anyone but staff and administrators; `requireUser` refuses privileged
 * sessions without TOTP, ACC-7), and the follow-up requests ("relance", QC-20) — on the case for
 * its mediator (`/api/cases/:id/followups`) and in the office's list (`/api/staff/followups`).
 * The assignment itself is the engine's `assign_mediator` command, checked against the registry
 * by `assignment-check.ts`.
 */
import {
  caseFollowupsView,
  followupBody,
  followupListView,
  followupResolveBody,
  followupView,
  mediationQueueQuery,
  mediationQueueView,
  mediatorSuggestionsView,
  staffFollowupsQuery,
  uuidParam,
} from '@entente/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { notFound } from '../../platform/errors.js';
import { requireUser } from '../auth/request-auth.js';
import type { User } from '../auth/sessions.js';
import { isStaffUser } from '../businesses/business-access.js';
import { readableCase } from '../cases/case-queries.js';
import { decodeCursor } from '../cases/command-schemas.js';
import { caseFollowups, requestFollowup, resolveFollowup, staffFollowups } from './followups.js';
import { mediationQueue } from './mediation-queue.js';
import { mediatorSuggestions } from './mediator-suggestions.js';

const tags = ['mediation'];
const idParams = z.strictObject({ id: uuidParam });
const keyCursor = z
  .string()
  .max(400)
  .refine((value) => decodeCursor(value) !== null, { error: 'invalid' })
  .optional();

export function requireStaff(request: FastifyRequest): User {
  const { user } = requireUser(request);
  if (!isStaffUser(user)) throw notFound();
  return user;
}

export const mediationRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/staff/mediation-queue',
      {
        // The session is read with the page (ADR 0015); `mediationQueue` refuses non-staff.
        config: { sessionInRead: true },
        schema: {
          tags,
          querystring: mediationQueueQuery.extend({ after: keyCursor }),
          response: { 200: mediationQueueView },
        },
      },
      async (request) => mediationQueue(ctx, request, request.query),
    );

    app.get(
      '/api/staff/cases/:id/mediator-suggestions',
      { schema: { tags, params: idParams, response: { 200: mediatorSuggestionsView } } },
      async (request) => {
        const staff = requireStaff(request);
        return mediatorSuggestions(ctx, await readableCase(ctx, staff, request.params.id));
      },
    );

    app.post(
      '/api/cases/:id/followups',
      { schema: { tags, params: idParams, body: followupBody, response: { 201: followupView } } },
      async (request, reply) => {
        const { user } = requireUser(request);
        const created = await requestFollowup(ctx, user, request.params.id, request.body);
        return reply.status(201).send(created);
      },
    );

    app.get(
      '/api/cases/:id/followups',
      { schema: { tags, params: idParams, response: { 200: caseFollowupsView } } },
      async (request) => caseFollowups(ctx, requireUser(request).user, request.params.id),
    );

    app.get(
      '/api/staff/followups',
      {
        schema: {
          tags,
          querystring: staffFollowupsQuery.extend({ after: keyCursor }),
          response: { 200: followupListView },
        },
      },
      async (request) => {
        requireStaff(request);
        return staffFollowups(ctx, request.query);
      },
    );

    app.post(
      '/api/staff/followups/:id/resolve',
      {
        schema: {
          tags,
          params: idParams,
          body: followupResolveBody,
          response: { 200: followupView },
        },
      },
      async (request) => {
        const staff = requireStaff(request);
        return resolveFollowup(ctx, staff, request.params.id, request.body.resolution);
      },
    );
  };
