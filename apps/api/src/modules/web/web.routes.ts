import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Paths the single-page app knows; anything else gets its "page not found" with a real 404.
 * A test checks every route of apps/web/src/app/router.tsx against this list.
 */
export const appRoutes = [
  /^\/$/,
  /^\/(sign-in|register|forgot-password|reset-password|profile|cases|assistance|accessibility|terms|confidentiality)\/?$/,
  /^\/security\/totp\/?$/,
  /^\/cases\/[^/]+(\/[^/]+)?\/?$/,
  /^\/mailbox(\/[0-9a-f-]{36})?\/?$/,
  /^\/staff\/intakes(\/(new|[0-9a-f-]{36}))?\/?$/,
  /^\/staff\/businesses(\/(new|[0-9a-f-]{36}))?\/?$/,
  /^\/staff(\/mediation)?\/?$/,
  /^\/staff\/mediators(\/(new|[0-9a-f-]{36}))?\/?$/,
  /^\/mediator\/profile\/?$/,
  /^\/activation\/[A-Za-z0-9_-]{16,128}\/?$/,
  /^\/representations\/activate\/?$/,
  /^\/notifications\/?$/,
  /^\/business\/?$/,
];

/**
 * Serves the built web app from the same origin as the API (one process, strict CSP). Returns the
 * fallback that answers client-side routes with index.html.
 */
export async function registerWeb(app: FastifyInstance, webDist: string) {
  const indexPath = join(webDist, 'index.html');
  if (!existsSync(indexPath)) {
    app.log.warn({ webDist }, 'web app not built: run `npm run build:web`');
    return undefined;
  }
  const indexHtml = readFileSync(indexPath, 'utf8');
  // The build writes .br/.gz copies of text assets (apps/web/scripts/precompress.mjs).
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: false,
    serve: true,
    preCompressed: true,
  });
  const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    const known = appRoutes.some((re) => re.test(path));
    return reply
      .status(known ? 200 : 404)
      .type('text/html; charset=utf-8')
      .send(indexHtml);
  };
  app.get('/', sendIndex);
  return sendIndex;
}
