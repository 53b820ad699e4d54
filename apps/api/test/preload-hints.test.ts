/**
 * Issue 7: the served HTML announces each page's first-view chunks. These check the tags built
 * from a small hand-made manifest, and that the real first-view table of the web app only names
 * paths the server answers as pages (a regex that never matches would silently give no hints).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type FirstViewTable,
  preloadHints,
  type ViteManifest,
  withHints,
} from '../src/modules/web/preload-hints.js';
import { appRoutes } from '../src/modules/web/web.routes.js';

// Shaped like Vite's: the entry and its shared chunk are already in index.html.
const manifest: ViteManifest = {
  'index.html': {
    file: 'assets/index-E.js',
    isEntry: true,
    imports: ['_hooks-H.js'],
    css: ['assets/index-E.css'],
  },
  '_hooks-H.js': { file: 'assets/hooks-H.js' },
  '_page-P.js': { file: 'assets/Page-P.js', imports: ['index.html', '_hooks-H.js'] },
  '_shared-S.js': { file: 'assets/shared-S.js', imports: ['_deep-D.js'], css: ['assets/s.css'] },
  '_deep-D.js': { file: 'assets/deep-D.js', imports: ['_shared-S.js'] },
  'src/pages/CasePage.tsx': {
    file: 'assets/CasePage-C.js',
    imports: ['index.html', '_page-P.js', '_shared-S.js', 'src/pages/case/tab-preload.ts'],
    css: ['assets/CasePage-C.css', 'assets/index-E.css'],
  },
  'src/pages/case/tab-preload.ts': { file: 'assets/tab-preload-T.js', imports: ['index.html'] },
  'src/pages/case/CaseTabs.tsx': {
    file: 'assets/CaseTabs-K.js',
    imports: ['_shared-S.js', 'src/pages/case/tab-preload.ts'],
  },
  'src/pages/CasesPage.tsx': { file: 'assets/CasesPage-L.js', imports: ['_page-P.js'] },
  'src/pages/NewCasePage.tsx': { file: 'assets/NewCasePage-N.js' },
  'src/i18n/fr.ts': { file: 'assets/fr-F.js' },
};

const indexHtml = `<!doctype html>
<html>
  <head>
    <script type="module" crossorigin src="/assets/index-E.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/hooks-H.js">
    <link rel="stylesheet" crossorigin href="/assets/index-E.css">
  </head>
  <body></body>
</html>`;

const table: FirstViewTable = {
  always: ['src/i18n/fr.ts'],
  pages: [
    { path: '^/cases/?$', modules: ['src/pages/CasesPage.tsx'] },
    {
      path: '^/cases/[^/]+(/[^/]+)?/?$',
      modules: ['src/pages/CasePage.tsx', 'src/pages/case/CaseTabs.tsx', 'src/pages/Gone.tsx'],
    },
    // Shadowed by the line above: first match wins.
    { path: '^/cases/new/?$', modules: ['src/pages/NewCasePage.tsx'] },
  ],
};

const modulepreloads = (tags: string) =>
  [...tags.matchAll(/rel="modulepreload" crossorigin href="([^"]+)"/g)].map((m) => m[1]);
const stylePreloads = (tags: string) =>
  [...tags.matchAll(/rel="preload" as="style" crossorigin href="([^"]+)"/g)].map((m) => m[1]);

describe('preload hints', () => {
  const hints = preloadHints(manifest, table, indexHtml);

  it('lists a page’s chunks and their static imports, page first, each once, then `always`', () => {
    expect(modulepreloads(hints.hintsFor('/cases/3f2a'))).toEqual([
      '/assets/CasePage-C.js',
      '/assets/Page-P.js',
      '/assets/shared-S.js',
      '/assets/deep-D.js',
      '/assets/tab-preload-T.js',
      '/assets/CaseTabs-K.js',
      '/assets/fr-F.js',
    ]);
  });

  it('leaves out what index.html loads: the entry, its imports and its stylesheet', () => {
    const tags = hints.hintsFor('/cases/3f2a/messages');
    expect(tags).not.toMatch(/index-E|hooks-H/);
    expect(stylePreloads(tags)).toEqual(['/assets/CasePage-C.css', '/assets/s.css']);
  });

  it('skips modules the manifest does not know, and reports them once', () => {
    expect(hints.hintsFor('/cases/x')).not.toContain('Gone');
    expect(hints.unknownModules).toEqual(['src/pages/Gone.tsx']);
    expect(hints.invalidPaths).toEqual([]);
  });

  it('takes the first matching path, and `always` alone when none matches', () => {
    expect(hints.hintsFor('/cases/new')).toContain('CasePage-C.js');
    expect(hints.hintsFor('/cases/new')).not.toContain('NewCasePage');
    expect(modulepreloads(hints.hintsFor('/cases'))).toEqual([
      '/assets/CasesPage-L.js',
      '/assets/Page-P.js',
      '/assets/fr-F.js',
    ]);
    expect(modulepreloads(hints.hintsFor('/nowhere'))).toEqual(['/assets/fr-F.js']);
    expect(hints.alwaysHints).toBe(hints.hintsFor('/nowhere'));
  });

  it('reports a path that is not a regular expression instead of throwing', () => {
    const broken = preloadHints(manifest, { pages: [{ path: '^/(', modules: [] }] }, indexHtml);
    expect(broken.invalidPaths).toEqual(['^/(']);
    expect(broken.hintsFor('/')).toBe('');
  });

  it('inserts the tags just before </head>, and leaves the HTML alone without tags', () => {
    const html = withHints(indexHtml, hints.hintsFor('/cases'));
    expect(html).toMatch(
      /index-E\.css">\n {4}<link rel="modulepreload"[^]*fr-F\.js">\n {2}<\/head>/,
    );
    expect(withHints(indexHtml, '')).toBe(indexHtml);
  });
});

describe('the web app’s first-view table', () => {
  const file = new URL('../../web/first-view.json', import.meta.url);
  const { pages } = JSON.parse(readFileSync(file, 'utf8')) as FirstViewTable;
  const UUID = '0b6f8a3e-6a8c-4e8f-9d3a-2f6e1c0d9a11';
  // Example URLs of every page; each table path must describe at least one of them.
  const samples = [
    ...['/', '/sign-in', '/register', '/forgot-password', '/reset-password', '/profile'],
    ...['/cases', '/assistance', '/accessibility', '/terms', '/confidentiality'],
    ...['/security/totp', '/cases/new', `/cases/${UUID}`, `/cases/${UUID}/messages`],
    ...['/mailbox', `/mailbox/${UUID}`, '/staff', '/staff/mediation', '/staff/intakes'],
    ...['/staff/intakes/new', `/staff/intakes/${UUID}`, '/staff/businesses'],
    ...['/staff/businesses/new', `/staff/businesses/${UUID}`, '/staff/mediators'],
    ...['/staff/mediators/new', `/staff/mediators/${UUID}`, '/mediator/profile'],
    ...['/activation/Abcdefghijklmnopqrstuvwxyz012345', '/representations/activate'],
    ...['/notifications', '/business'],
  ];

  it('has only example URLs the server answers as pages', () => {
    for (const url of samples)
      expect(
        appRoutes.some((route) => route.test(url)),
        url,
      ).toBe(true);
  });

  it.each(pages.map((page) => page.path))('%s compiles and matches a page of the app', (path) => {
    const re = new RegExp(path);
    expect(samples.filter((url) => re.test(url))).not.toEqual([]);
  });
});
