/**
 * MDR-1 registry routes for staff and administrators (`/api/staff/mediators`: 404 to anyone
 * else; `requireUser` refuses privileged sessions without TOTP, ACC-7), and the mediator's own
 * file (`/api/mediator/profile`): what the office recorded, and the absences they announce.
 */
import {
  mediatorCreateBody,
  mediatorListQuery,
  mediatorListView,
  mediatorSelfView,
  mediatorUpdateBody,
  mediatorView,
  okSchema,
  unavailabilityBody,
  uuidParam,
  type MediatorSelfView,
} from '@entente/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { notFound } from '../../platform/errors.js';
import { requestLanguage } from '../../platform/language.js';
import { requireUser } from '../auth/request-auth.js';
import type { User } from '../auth/sessions.js';
import { isStaffUser } from '../businesses/business-access.js';
import { addAbsence, removeAbsence } from './mediator-absences.js';
import {
  createMediator,
  decodeMediatorCursor,
  listMediators,
  resendMediatorActivation,
  updateMediator,
} from './mediator-registry.js';
import { findMediator, fullView } from './mediator-view.js';

const tags = ['mediators'];
const idParams = z.strictObject({ id: uuidParam });
const periodParams = z.strictObject({ id: uuidParam, periodId: uuidParam });
const ownPeriodParams = z.strictObject({ periodId: uuidParam });
const listQuery = mediatorListQuery.extend({
  after: z
    .string()
    .max(400)
    .refine((value) => decodeMediatorCursor(value) !== null, { error: 'invalid' })
    .optional(),
});

function requireStaff(request: FastifyRequest): User {
  const { user } = requireUser(request);
  if (!isStaffUser(user)) throw notFound();
  return user;
}

/** A mediator with a registry entry; anyone else is told there is nothing here. */
function requireMediator(request: FastifyRequest): User {
  const { user } = requireUser(request);
  if (!user.roles.includes('mediator')) throw notFound();
  return user;
}

export const mediatorsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const db = ctx.database.db;
    const viewOf = async (userId: string) =>
      fullView(db, await findMediator(db, userId), ctx.clock.now());
    const selfViewOf = async (userId: string): Promise<MediatorSelfView> => {
      const { activationExpiresAt: _staffOnly, ...view } = await viewOf(userId);
      return view;
    };

    app.get(
      '/api/staff/mediators',
      { schema: { tags, querystring: listQuery, response: { 200: mediatorListView } } },
      async (request) => {
        requireStaff(request);
        return listMediators(ctx, request.query);
      },
    );

    app.post(
      '/api/staff/mediators',
      { schema: { tags, body: mediatorCreateBody, response: { 201: mediatorView } } },
      async (request, reply) => {
        const staff = requireStaff(request);
        const id = await createMediator(ctx, staff, request.body, requestLanguage(request));
        return reply.status(201).send(await viewOf(id));
      },
    );

    app.get(
      '/api/staff/mediators/:id',
      { schema: { tags, params: idParams, response: { 200: mediatorView } } },
      async (request) => {
        requireStaff(request);
        return viewOf(request.params.id);
      },
    );

    app.patch(
      '/api/staff/mediators/:id',
      {
        schema: {
          tags,
          params: idParams,
          body: mediatorUpdateBody,
          response: { 200: mediatorView },
        },
      },
      async (request) => {
        requireStaff(request);
        await updateMediator(ctx, request.params.id, request.body, requestLanguage(request));
        return viewOf(request.params.id);
      },
    );

    app.post(
      '/api/staff/mediators/:id/activation',
      { schema: { tags, params: idParams, response: { 200: okSchema } } },
      async (request) => {
        const staff = requireStaff(request);
        await resendMediatorActivation(ctx, staff, request.params.id);
        return { ok: true as const };
      },
    );

    app.post(
      '/api/staff/mediators/:id/unavailability',
      {
        schema: {
          tags,
          params: idParams,
          body: unavailabilityBody,
          response: { 201: mediatorView },
        },
      },
      async (request, reply) => {
        const staff = requireStaff(request);
        const { id } = request.params;
        await addAbsence(ctx, staff.id, id, request.body, requestLanguage(request));
        return reply.status(201).send(await viewOf(id));
      },
    );

    app.delete(
      '/api/staff/mediators/:id/unavailability/:periodId',
      { schema: { tags, params: periodParams, response: { 200: mediatorView } } },
      async (request) => {
        requireStaff(request);
        const { id, periodId } = request.params;
        await removeAbsence(ctx, id, periodId);
        return viewOf(id);
      },
    );

    app.get(
      '/api/mediator/profile',
      { schema: { tags, response: { 200: mediatorSelfView } } },
      async (request) => selfViewOf(requireMediator(request).id),
    );

    app.post(
      '/api/mediator/profile/unavailability',
      { schema: { tags, body: unavailabilityBody, response: { 201: mediatorSelfView } } },
      async (request, reply) => {
        const mediator = requireMediator(request);
        await addAbsence(ctx, mediator.id, mediator.id, request.body, requestLanguage(request));
        return reply.status(201).send(await selfViewOf(mediator.id));
      },
    );

    app.delete(
      '/api/mediator/profile/unavailability/:periodId',
      { schema: { tags, params: ownPeriodParams, response: { 200: mediatorSelfView } } },
      async (request) => {
        const mediator = requireMediator(request);
        await removeAbsence(ctx, mediator.id, request.params.periodId);
        return selfViewOf(mediator.id);
      },
    );
  };
