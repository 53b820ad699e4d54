import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface FirstView {
  always: string[];
  pages: { path: string; modules: string[] }[];
}

const web = new URL('../', import.meta.url).pathname;
const table = JSON.parse(readFileSync(`${web}first-view.json`, 'utf8')) as FirstView;
const router = readFileSync(`${web}src/app/router.tsx`, 'utf8');

// ADR 0016: the budget and the HTML's modulepreload links read this table; a stale entry would
// make the budget undercount a page and the API announce nothing for it.
describe('first-view.json', () => {
  it('names modules that exist', () => {
    for (const module of [...table.always, ...table.pages.flatMap((page) => page.modules)]) {
      expect(existsSync(`${web}${module}`), module).toBe(true);
    }
  });

  it("lists every page the router loads, first, and each page's path compiles", () => {
    const routed = [...router.matchAll(/import\('\.\.\/(pages\/[\w/]+)'\)/g)].map(
      (m) => `src/${m[1]}.tsx`,
    );
    const firsts = table.pages.map((page) => page.modules[0]);
    const notFound = 'src/pages/NotFoundPage.tsx'; // served for unknown paths, no pattern
    expect(new Set(firsts)).toEqual(new Set(routed.filter((module) => module !== notFound)));
    for (const page of table.pages) expect(() => new RegExp(page.path)).not.toThrow();
  });

  it('keeps the more specific paths first where two could match', () => {
    const first = (path: string) =>
      table.pages.find((page) => new RegExp(page.path).test(path))?.modules[0];
    expect(first('/cases/new')).toBe('src/pages/NewCasePage.tsx');
    expect(first('/cases/0b8e5f2c-7f55-4a8b-9d7e-2f1f6f0d3c11/messages')).toBe(
      'src/pages/CasePage.tsx',
    );
    expect(first('/staff/mediators/new')).toBe('src/pages/staff/mediators/NewMediatorPage.tsx');
    expect(first('/staff/intakes/new')).toBe('src/pages/staff/NewIntakePage.tsx');
    expect(first('/staff/businesses/new')).toBe('src/pages/staff/businesses/NewBusinessPage.tsx');
  });
});
