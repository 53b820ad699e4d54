import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type PreloadHints, preloadHints, withHints } from './preload-hints.js';

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
  const hints = readPreloadHints(webDist, indexHtml, app.log);
  // One HTML per distinct set of tags (a few dozen pages), built on first use.
  const pages = new Map<string, string>();
  const htmlWith = (tags: string) => {
    let html = pages.get(tags);
    if (html === undefined) pages.set(tags, (html = withHints(indexHtml, tags)));
    return html;
  };
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
    // The "not found" page only needs what every page loads; its own chunk is small.
    const tags = !hints ? '' : known ? hints.hintsFor(path) : hints.alwaysHints;
    return reply
      .status(known ? 200 : 404)
      .type('text/html; charset=utf-8')
      .send(htmlWith(tags));
  };
  app.get('/', sendIndex);
  return sendIndex;
}

const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    imports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
    isEntry: z.boolean().optional(),
  }),
);
const firstViewSchema = z.object({
  always: z.array(z.string()).optional(),
  pages: z.array(z.object({ path: z.string(), modules: z.array(z.string()) })),
});

/**
 * The build's manifest and first-view table, as hints. A build without them (older build, a
 * hand-made dist) or with unreadable ones still serves the app, only without hints: one warning,
 * never a failed start.
 */
function readPreloadHints(
  webDist: string,
  indexHtml: string,
  log: FastifyBaseLogger,
): PreloadHints | undefined {
  const dir = join(webDist, '.vite');
  let hints: PreloadHints;
  try {
    const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const manifest = manifestSchema.parse(read('manifest.json'));
    const firstView = firstViewSchema.parse(read('first-view.json'));
    hints = preloadHints(manifest, firstView, indexHtml);
  } catch (error) {
    log.warn(
      { dir, reason: error instanceof Error ? error.message.slice(0, 300) : String(error) },
      'no preload hints: the web build has no readable .vite/manifest.json and first-view.json',
    );
    return undefined;
  }
  const { unknownModules, invalidPaths } = hints;
  if (unknownModules.length > 0 || invalidPaths.length > 0) {
    log.warn(
      { unknownModules, invalidPaths },
      'preload hints: first-view.json names modules the manifest lacks or invalid paths, skipped',
    );
  }
  return hints;
}
