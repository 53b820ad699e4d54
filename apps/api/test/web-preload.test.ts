/**
 * Issue 7: the HTML served for a page path announces that page's chunks, read from the build's
 * manifest and first-view table; a build without them still serves the app unchanged. Runs on a
 * bare Fastify with a hand-made dist, no database needed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerWeb } from '../src/modules/web/web.routes.js';
import { registerNotFound } from '../src/platform/error-handler.js';

const indexHtml = `<!doctype html>
<html lang="fr">
  <head>
    <title>Entente</title>
    <script type="module" crossorigin src="/assets/index-E.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-E.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

const manifest = {
  'index.html': { file: 'assets/index-E.js', isEntry: true, css: ['assets/index-E.css'] },
  'src/pages/CasePage.tsx': {
    file: 'assets/CasePage-C.js',
    imports: ['index.html'],
    css: ['assets/CasePage-C.css'],
  },
  'src/i18n/fr.ts': { file: 'assets/fr-F.js' },
};
const firstView = {
  always: ['src/i18n/fr.ts', 'src/i18n/gone.ts'],
  pages: [{ path: '^/cases/[^/]+(/[^/]+)?/?$', modules: ['src/pages/CasePage.tsx'] }],
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A dist with index.html and, unless told otherwise, the two build files the hints come from. */
function dist(withBuildFiles: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-web-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'index.html'), indexHtml);
  if (withBuildFiles) {
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, '.vite', 'first-view.json'), JSON.stringify(firstView));
  }
  return dir;
}

/** The app with the web routes, and the warnings it logged. */
async function serve(webDist: string) {
  const warnings: string[] = [];
  const stream = new Writable({
    write(line: Buffer, _encoding, done) {
      warnings.push((JSON.parse(line.toString()) as { msg: string }).msg);
      done();
    },
  });
  const app = Fastify({ logger: { level: 'warn', stream } });
  registerNotFound(app, await registerWeb(app, webDist));
  await app.ready();
  return { app, warnings };
}

describe('preload hints in the served HTML', () => {
  it('announces the case page’s chunks and stylesheet on a case path', async () => {
    const { app, warnings } = await serve(dist(true));
    const res = await app.inject({ url: '/cases/3f2a9c10-0000-4000-8000-000000000000?tab=x' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const head = res.body.slice(0, res.body.indexOf('</head>'));
    expect(head).toContain('<link rel="modulepreload" crossorigin href="/assets/CasePage-C.js">');
    expect(head).toContain('<link rel="modulepreload" crossorigin href="/assets/fr-F.js">');
    expect(head).toContain(
      '<link rel="preload" as="style" crossorigin href="/assets/CasePage-C.css">',
    );
    // Once each: index.html's own script and stylesheet are not announced again.
    expect(res.body.match(/index-E\.js/g)).toHaveLength(1);
    expect(res.body.match(/index-E\.css/g)).toHaveLength(1);
    // The module the manifest lacks: skipped, one warning at start-up.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/preload hints/);
    await app.close();
  });

  it('gives the not-found page only what every page loads', async () => {
    const { app } = await serve(dist(true));
    const res = await app.inject({ url: '/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('href="/assets/fr-F.js"');
    expect(res.body).not.toContain('CasePage');
    await app.close();
  });

  it('serves index.html unchanged when the build has no manifest', async () => {
    const { app, warnings } = await serve(dist(false));
    const res = await app.inject({ url: '/cases/3f2a' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(indexHtml);
    expect((await app.inject({ url: '/' })).body).toBe(indexHtml);
    expect(warnings).toEqual([expect.stringMatching(/no preload hints/)]);
    await app.close();
  });
});
