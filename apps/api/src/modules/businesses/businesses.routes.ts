/**
 * ORG-1 registry routes for staff and administrators (`/api/staff/businesses`: 404 to anyone
 * else; `requireUser` refuses privileged sessions without TOTP, ACC-7), the business as its own
 * members read it and the member routes shared by staff and respondents
 * (`/api/businesses/:id…`), and the merchant's "Mes dossiers" (`/api/merchant/cases`).
 */
import {
  businessCreateBody,
  businessListQuery,
  businessListView,
  businessUpdateBody,
  businessView,
  memberBody,
  memberView,
  merchantCaseListQuery,
  merchantCaseListView,
  uuidParam,
} from '@entente/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { requestLanguage } from '../../platform/language.js';
import { requireUser } from '../auth/request-auth.js';
import type { User } from '../auth/sessions.js';
import { decodeCursor } from '../cases/command-schemas.js';
import { activeRoles, isStaffUser, mayManageMember, type MemberRole } from './business-access.js';
import { addMember, removeMember, resendActivation } from './business-members.js';
import { fullView } from './business-view.js';
import { memberRequestRoutes } from './member-requests.js';
import {
  createBusiness,
  decodeBusinessCursor,
  getBusiness,
  listBusinesses,
  updateBusiness,
} from './business-registry.js';
import { MERCHANT_STATUSES, listMerchantCases } from './merchant-cases.js';

const tags = ['businesses'];
const idParams = z.strictObject({ id: uuidParam });
const memberParams = z.strictObject({
  id: uuidParam,
  role: z.enum(['respondent', 'representative'], { error: 'invalidChoice' }),
  userId: uuidParam,
});
const listQuery = businessListQuery.extend({
  after: z
    .string()
    .max(400)
    .refine((value) => decodeBusinessCursor(value) !== null, { error: 'invalid' })
    .optional(),
});
const casesQuery = merchantCaseListQuery.extend({
  status: z
    .string()
    .refine((value) => MERCHANT_STATUSES.includes(value), { error: 'invalidChoice' })
    .optional(),
  after: z
    .string()
    .max(400)
    .refine((value) => decodeCursor(value) !== null, { error: 'invalid' })
    .optional(),
});
const ok = z.object({ ok: z.literal(true) });

function requireStaff(request: FastifyRequest): User {
  const { user } = requireUser(request);
  if (!isStaffUser(user)) throw notFound();
  return user;
}

/** Staff, or an active member of the business: anyone else is told it does not exist. */
async function readerOf(ctx: AppContext, request: FastifyRequest, id: string) {
  const { user } = requireUser(request);
  const business = await getBusiness(ctx.database.db, id);
  const roles = isStaffUser(user) ? [] : await activeRoles(ctx.database.db, id, user.id);
  if (!isStaffUser(user) && roles.length === 0) throw notFound();
  return { user, business, roles };
}

export const businessesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(memberRequestRoutes(ctx));

    app.post(
      '/api/staff/businesses',
      { schema: { tags, body: businessCreateBody, response: { 201: businessView } } },
      async (request, reply) => {
        const staff = requireStaff(request);
        const row = await createBusiness(ctx, staff, request.body, requestLanguage(request));
        return reply.status(201).send(await fullView(ctx, row, staff, []));
      },
    );

    app.get(
      '/api/staff/businesses',
      { schema: { tags, querystring: listQuery, response: { 200: businessListView } } },
      async (request) => {
        requireStaff(request);
        return listBusinesses(ctx, request.query);
      },
    );

    app.put(
      '/api/staff/businesses/:id',
      {
        schema: {
          tags,
          params: idParams,
          body: businessUpdateBody,
          response: { 200: businessView },
        },
      },
      async (request) => {
        const staff = requireStaff(request);
        const lang = requestLanguage(request);
        const row = await updateBusiness(ctx, request.params.id, request.body, lang);
        return fullView(ctx, row, staff, []);
      },
    );

    app.get(
      '/api/businesses/:id',
      { schema: { tags, params: idParams, response: { 200: businessView } } },
      async (request) => {
        const { user, business, roles } = await readerOf(ctx, request, request.params.id);
        return fullView(ctx, business, user, roles);
      },
    );

    app.post(
      '/api/businesses/:id/members',
      { schema: { tags, params: idParams, body: memberBody, response: { 201: memberView } } },
      async (request, reply) => {
        const { user, business, roles } = await readerOf(ctx, request, request.params.id);
        if (!mayManageMember(user, roles, business.programme, request.body.role)) {
          throw forbiddenFor(roles);
        }
        return reply.status(201).send(await addMember(ctx, user, business.id, request.body));
      },
    );

    app.delete(
      '/api/businesses/:id/members/:role/:userId',
      { schema: { tags, params: memberParams, response: { 200: ok } } },
      async (request) => {
        const { id, role, userId } = request.params;
        const { user, business, roles } = await readerOf(ctx, request, id);
        if (!mayManageMember(user, roles, business.programme, role)) throw forbiddenFor(roles);
        await removeMember(ctx, business.id, userId, role);
        return { ok: true as const };
      },
    );

    app.post(
      '/api/businesses/:id/members/:role/:userId/activation',
      { schema: { tags, params: memberParams, response: { 200: ok } } },
      async (request) => {
        const { id, role, userId } = request.params;
        const { user, business, roles } = await readerOf(ctx, request, id);
        if (!mayManageMember(user, roles, business.programme, role)) throw forbiddenFor(roles);
        await resendActivation(ctx, user, business.id, userId);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/merchant/cases',
      {
        config: { sessionInRead: true },
        schema: { tags, querystring: casesQuery, response: { 200: merchantCaseListView } },
      },
      async (request) => listMerchantCases(ctx, request, request.query),
    );
  };

/** A respondent is told to ask the office; a representative is simply not allowed. */
const forbiddenFor = (roles: readonly MemberRole[]) =>
  new AppError(403, roles.includes('respondent') ? 'members_managed_by_office' : 'forbidden');
