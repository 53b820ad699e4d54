/**
 * QC-1 staff routes and QC-2's "Créer un dossier". Staff routes answer 404 to anyone who is not
 * staff or administrator (SPEC §2: a denial looks like nothing is there); `requireUser` already
 * refuses privileged sessions without TOTP (ACC-7).
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { notFound } from '../../platform/errors.js';
import { requestLanguage } from '../../platform/language.js';
import { requireUser } from '../auth/request-auth.js';
import type { User } from '../auth/sessions.js';
import { getIntake, intakeView, listIntakes } from './intake-queries.js';
import {
  INTAKE_BODY_LIMIT,
  fromAccessCodeBody,
  intakeBody,
  intakeIdParams,
  intakeListQuery,
  intakeListView,
  intakeView as intakeViewSchema,
  openedFromCodeView,
} from './intake-schemas.js';
import { issueIntake, newIntakeCode } from './intake-service.js';
import { createCaseFromAccessCode } from './redeem.js';

const tags = ['intake'];

function requireStaff(request: FastifyRequest): User {
  const { user } = requireUser(request);
  if (!user.roles.includes('staff') && !user.roles.includes('administrator')) throw notFound();
  return user;
}

export const intakeRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/staff/intakes',
      {
        bodyLimit: INTAKE_BODY_LIMIT,
        schema: { tags, body: intakeBody, response: { 201: intakeViewSchema } },
      },
      async (request, reply) => {
        const staff = requireStaff(request);
        const intake = await issueIntake(ctx, staff, request.body, requestLanguage(request));
        return reply.status(201).send(intakeView(intake, ctx.clock.now()));
      },
    );

    app.get(
      '/api/staff/intakes',
      { schema: { tags, querystring: intakeListQuery, response: { 200: intakeListView } } },
      async (request) => {
        requireStaff(request);
        return listIntakes(ctx, request.query);
      },
    );

    app.get(
      '/api/staff/intakes/:id',
      { schema: { tags, params: intakeIdParams, response: { 200: intakeViewSchema } } },
      async (request) => {
        requireStaff(request);
        return intakeView(await getIntake(ctx, request.params.id), ctx.clock.now());
      },
    );

    for (const mode of ['resend', 'reissue'] as const) {
      app.post(
        `/api/staff/intakes/:id/${mode}`,
        { schema: { tags, params: intakeIdParams, response: { 200: intakeViewSchema } } },
        async (request) => {
          requireStaff(request);
          const intake = await newIntakeCode(ctx, request.params.id, mode);
          return intakeView(intake, ctx.clock.now());
        },
      );
    }

    app.post(
      '/api/cases/from-access-code',
      { schema: { tags, body: fromAccessCodeBody, response: { 201: openedFromCodeView } } },
      async (request, reply) => {
        const { user } = requireUser(request);
        return reply.status(201).send(await createCaseFromAccessCode(ctx, user, request.body));
      },
    );
  };
