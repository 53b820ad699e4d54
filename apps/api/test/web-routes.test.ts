/**
 * The server answers the web app's own paths with index.html and 200, anything else with a real
 * 404. Its list is kept by hand: this test reads every route of the web router (as text: the
 * router imports React pages) and checks an example URL of each against it, so a new page
 * cannot ship with a 404 on reload or deep link.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appRoutes } from '../src/modules/web/web.routes.js';

const routerFile = new URL('../../web/src/app/router.tsx', import.meta.url);
const UUID = '0b6f8a3e-6a8c-4e8f-9d3a-2f6e1c0d9a11';
const TOKEN = 'Abcdefghijklmnopqrstuvwxyz012345';

/** An example URL of a React Router path: parameters filled in, optional ones both ways. */
function examples(path: string): string[] {
  const fill = (p: string) =>
    `/${p}`
      .replace(/:token/g, TOKEN)
      .replace(/:[A-Za-z]+/g, UUID)
      .replace(/\/+/g, '/');
  if (!path.includes('?')) return [fill(path)];
  const without = path.replace(/\/:[A-Za-z]+\?/g, '');
  const withIt = path.replace(/\?/g, '');
  return [fill(without), fill(withIt)];
}

describe('the web app’s paths are served as pages', () => {
  const paths = [...readFileSync(routerFile, 'utf8').matchAll(/path: '([^']+)'/g)]
    .map((m) => m[1]!)
    .filter((path) => path !== '*');

  it('finds the router’s routes', () => {
    expect(paths.length).toBeGreaterThan(20);
  });

  it.each(paths)('%s has a server-side entry', (path) => {
    for (const url of examples(path === '/' ? '' : path)) {
      expect(
        appRoutes.some((route) => route.test(url)),
        url,
      ).toBe(true);
    }
  });

  it('does not answer unknown paths as pages', () => {
    for (const url of ['/nope', '/staff/unknown', '/mediator', '/cases/a/b/c']) {
      expect(
        appRoutes.some((route) => route.test(url)),
        url,
      ).toBe(false);
    }
  });
});
