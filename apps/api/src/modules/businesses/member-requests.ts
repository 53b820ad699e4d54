/**
 * ORG-1: "Mon entreprise" and the respondent's requests to the office. Where the programme does
 * not let the respondent manage representatives (qc), they ask: the request is e-mailed to every
 * staff member through the outbox (or to the office's support address when there is no staff
 * account) and announced in-app, with a link to the business's staff page where it is granted.
 * No table holds it: the e-mail and the notification are the request. Only the business's
 * respondent may ask; anyone else is told the business does not exist (404).
 */
import {
  memberRequestBody,
  myBusinessesView,
  okSchema,
  uuidParam,
  validationMessage,
  type Language,
  type MemberRequestBody,
} from '@entente/contracts';
import { and, arrayContains, asc, eq, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import { businessMembers, businesses, users } from '../../db/schema/index.js';
import { AppError, notFound } from '../../platform/errors.js';
import { requestLanguage } from '../../platform/language.js';
import type { Limit } from '../../platform/rate-limit.js';
import { requireUser } from '../auth/request-auth.js';
import type { User } from '../auth/sessions.js';
import { enqueueMails } from '../cases/notifications.js';
import { writeNotifications } from '../notifications/notifications-store.js';
import { activeRoles, type MemberRole } from './business-access.js';
import { fullView } from './business-view.js';
import { getBusiness, type BusinessRow } from './business-registry.js';
import { renderMemberRequest, type MemberRequestMail } from './member-request-mail.js';

const tags = ['businesses'];

/** A respondent has no reason to send more than a handful an hour; this stops mail floods. */
export const MEMBER_REQUEST_LIMIT: Limit = { max: 5, windowSeconds: 3600 };

/** The businesses the person is an active member of, by name. */
async function myBusinesses(ctx: AppContext, user: User) {
  const rows = await ctx.database.db
    .select({ business: businesses, role: businessMembers.role })
    .from(businessMembers)
    .innerJoin(businesses, eq(businesses.id, businessMembers.businessId))
    .where(and(eq(businessMembers.userId, user.id), isNull(businessMembers.removedAt)))
    .orderBy(asc(businesses.legalName), asc(businesses.id));
  const byId = new Map<string, { business: BusinessRow; roles: MemberRole[] }>();
  for (const { business, role } of rows) {
    const entry = byId.get(business.id) ?? { business, roles: [] };
    entry.roles.push(role);
    byId.set(business.id, entry);
  }
  return Promise.all(
    [...byId.values()].map(({ business, roles }) => fullView(ctx, business, user, roles)),
  );
}

/** The person a request is about: the one to add, or an active representative to remove. */
async function subjectOf(tx: Tx, businessId: string, body: MemberRequestBody, lang: Language) {
  if (body.action === 'add') {
    return { givenName: body.givenName, familyName: body.familyName, email: body.email };
  }
  const [row] = await tx
    .select({ givenName: users.givenName, familyName: users.familyName, email: users.email })
    .from(businessMembers)
    .innerJoin(users, eq(users.id, businessMembers.userId))
    .where(
      and(
        eq(businessMembers.businessId, businessId),
        eq(businessMembers.userId, body.userId),
        eq(businessMembers.role, 'representative'),
        isNull(businessMembers.removedAt),
      ),
    );
  if (!row) {
    throw new AppError(400, 'validation_failed', {
      fields: { userId: validationMessage('invalidChoice', lang) },
    });
  }
  return row;
}

async function sendRequest(
  ctx: AppContext,
  requester: User,
  business: BusinessRow,
  body: MemberRequestBody,
  lang: Language,
): Promise<void> {
  const mailIds = await ctx.database.transaction(async (tx) => {
    const person = await subjectOf(tx, business.id, body, lang);
    const staff = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(arrayContains(users.roles, ['staff']), isNull(users.disabledAt)));
    const now = ctx.clock.now();
    await writeNotifications(
      tx,
      staff.map(({ id }) => ({
        userId: id,
        caseId: null,
        kind: 'business_member_request' as const,
        params: {
          businessId: business.id,
          registrationNumber: business.registrationNumber,
          action: body.action,
        },
      })),
      now,
    );
    const mail: MemberRequestMail = {
      businessId: business.id,
      legalName: business.legalName,
      registrationNumber: business.registrationNumber,
      action: body.action,
      person,
      requester,
      note: body.note,
    };
    const office =
      staff.length > 0
        ? staff.map(({ id }) => ({ userId: id }))
        : [{ email: (await ctx.mail.branding(tx)).supportEmail }];
    return enqueueMails(tx, ctx, office, 'business_member_request', (mailLang, branding) =>
      renderMemberRequest(mailLang, branding, mail),
    );
  });
  await ctx.mail.dispatch(mailIds);
}

export const memberRequestRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/merchant/businesses',
      { schema: { tags, response: { 200: myBusinessesView } } },
      async (request) => ({ items: await myBusinesses(ctx, requireUser(request).user) }),
    );

    app.post(
      '/api/businesses/:id/member-requests',
      {
        schema: {
          tags,
          params: z.strictObject({ id: uuidParam }),
          body: memberRequestBody,
          response: { 202: okSchema },
        },
      },
      async (request, reply) => {
        const { user } = requireUser(request);
        const business = await getBusiness(ctx.database.db, request.params.id);
        const roles = await activeRoles(ctx.database.db, business.id, user.id);
        if (!roles.includes('respondent')) throw notFound();
        await ctx.rateLimiter.hit(
          ctx.database.db,
          `member-request:user:${user.id}`,
          MEMBER_REQUEST_LIMIT,
        );
        await sendRequest(ctx, user, business, request.body, requestLanguage(request));
        return reply.status(202).send({ ok: true as const });
      },
    );
  };
