import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import type { AppContext } from './app-context.js';
import { accountRoutes } from './modules/account/account.routes.js';
import { activationRoutes } from './modules/activation/activation.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { registerRequestAuth } from './modules/auth/request-auth.js';
import { businessesRoutes } from './modules/businesses/businesses.routes.js';
import { casePagesRoutes } from './modules/cases/case-pages.routes.js';
import { casesRoutes } from './modules/cases/cases.routes.js';
import { draftsRoutes } from './modules/cases/drafts.routes.js';
import { UPLOAD_LIMITS, documentsRoutes } from './modules/documents/documents.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { intakeRoutes } from './modules/intake/intake.routes.js';
import { mailboxRoutes } from './modules/mail/mailbox.routes.js';
import { mediationRoutes } from './modules/mediation/mediation.routes.js';
import { mediatorsRoutes } from './modules/mediators/mediators.routes.js';
import { liveRoutes } from './modules/live/live.routes.js';
import { messagesRoutes } from './modules/messages/messages.routes.js';
import { notificationsRoutes } from './modules/notifications/notifications.routes.js';
import { summaryRoutes } from './modules/pdf/summary.routes.js';
import { settingsRoutes } from './modules/settings/settings.routes.js';
import { staffDashboardRoutes } from './modules/staff-dashboard/staff-dashboard.routes.js';
import { termsRoutes } from './modules/terms/terms.routes.js';
import { registerWeb } from './modules/web/web.routes.js';
import { registerErrorHandling, registerNotFound } from './platform/error-handler.js';
import { RequestValidationError } from './platform/errors.js';
import { responseSerializer } from './platform/response-serializer.js';
import { registerSecurityHeaders } from './platform/security-headers.js';

export type BuildOptions = {
  /** Serve the built web app (false in API tests). */
  serveWeb?: boolean;
  logger?: boolean | object;
};

export type RouteEntry = {
  method: string;
  url: string;
  /** The handler reads the session itself (`sessionInRead`, ADR 0015). */
  sessionInRead?: true;
};
export type App = FastifyInstance & {
  lifecycle: { shuttingDown: boolean };
  routeInventory: RouteEntry[];
};

const redact = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

/** A hop count becomes Fastify's function form (its types accept no bare number). */
function trustProxyOption(value: boolean | number | string) {
  return typeof value === 'number' ? (_address: string, hop: number) => hop < value : value;
}

/**
 * What a log line says about a request. Query strings are dropped: a reset link's token or an
 * access code must never reach the logs, and nothing else in a query is worth the risk.
 */
export function logRequest(request: { id: string; method: string; url: string; ip?: string }) {
  return {
    id: request.id,
    method: request.method,
    // ACC-3: the activation page's path carries its one-time token.
    path: request.url.split('?')[0]?.replace(/^\/activation\/[^/]+/, '/activation/…'),
    ip: request.ip,
  };
}

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<App> {
  const logger = options.logger ?? {
    level: ctx.config.logLevel,
    redact,
    serializers: { req: logRequest },
  };
  const app = Fastify({
    logger,
    trustProxy: trustProxyOption(ctx.config.trustProxy),
    bodyLimit: 1024 * 1024,
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>() as unknown as App;
  app.lifecycle = { shuttingDown: false };
  app.routeInventory = [];
  // The inventory lets tests walk every route (headers, authorisation matrix).
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD')
        app.routeInventory.push({
          method,
          url: route.url,
          ...(route.config?.sessionInRead ? { sessionInRead: true } : {}),
        });
  });

  // Our own validator keeps zod issues so field messages can be written in the reader's language.
  app.setValidatorCompiler(({ schema, httpPart }) => (data) => {
    const result = (schema as ZodType).safeParse(data);
    return result.success
      ? { value: result.data }
      : { error: new RequestValidationError(httpPart ?? 'body', result.error) };
  });
  // ADR 0014: responses are checked against their schemas except in production.
  app.setSerializerCompiler(responseSerializer(ctx.config.env !== 'production'));
  registerErrorHandling(app);
  registerSecurityHeaders(app);

  await app.register(fastifyCookie);
  // Only the document upload reads multipart; it sets its own per-request limits (DOC-1).
  await app.register(fastifyMultipart, { limits: UPLOAD_LIMITS });
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Entente API', version: '0.1.0' } },
    transform: jsonSchemaTransform,
  });
  registerRequestAuth(app, ctx);

  await app.register(healthRoutes(ctx, app.lifecycle));
  await app.register(settingsRoutes(ctx));
  await app.register(termsRoutes(ctx));
  await app.register(authRoutes(ctx));
  await app.register(accountRoutes(ctx));
  await app.register(mailboxRoutes(ctx));
  await app.register(casesRoutes(ctx));
  await app.register(casePagesRoutes(ctx));
  await app.register(draftsRoutes(ctx));
  await app.register(intakeRoutes(ctx));
  await app.register(businessesRoutes(ctx));
  await app.register(mediatorsRoutes(ctx));
  await app.register(mediationRoutes(ctx));
  await app.register(staffDashboardRoutes(ctx));
  await app.register(activationRoutes(ctx));
  await app.register(documentsRoutes(ctx));
  await app.register(summaryRoutes(ctx));
  await app.register(messagesRoutes(ctx));
  await app.register(notificationsRoutes(ctx));
  await app.register(liveRoutes(ctx));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webFallback = options.serveWeb ? await registerWeb(app, ctx.config.webDist) : undefined;
  registerNotFound(app, webFallback);
  return app;
}
