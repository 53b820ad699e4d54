/* global console, URL */
// First-load JavaScript and CSS per page of the built app (gzip), against the 170 KB JS budget.
// A page's first load = the entry chunk and its static imports, the dictionary of the default
// language, and the page chunk with its static imports; its CSS = the stylesheets index.html
// links plus those Vite preloads with the page's dynamic import (`__vite__mapDeps`). Run after
// `vite build`. Prints a markdown table; `--json` prints the rows as JSON instead (bench:web).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';

const BUDGET = 170_000; // bytes of JS (kB as Vite prints them), gzip level 6
const asJson = process.argv.includes('--json');
const dist = new URL('../dist/', import.meta.url).pathname;
const assets = join(dist, 'assets');
const source = (file) => readFileSync(join(assets, file), 'utf8');
const gz = (file) => gzipSync(readFileSync(join(assets, file))).length;
const total = (files) => [...files].reduce((sum, f) => sum + gz(f), 0);
const kb = (bytes) => (bytes / 1000).toFixed(1);

const staticImports = (file) =>
  [
    ...source(file).matchAll(
      /(?:^|[;}\s])import\s*(?:[\w{}$,*\s]+from\s*)?["']\.\/([\w.-]+\.js)["']/g,
    ),
  ].map((m) => m[1]);
const dynamicImports = (file) =>
  [...source(file).matchAll(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)].map((m) => m[1]);

/**
 * Stylesheets Vite preloads with each dynamic import of `file`: the call reads
 * `import(`./X.js`)[.then(…)], __vite__mapDeps([i, j])` and the indexes point into the
 * `m.f=["assets/…", …]` list at the top of the same chunk.
 */
function preloadedCss(file) {
  const text = source(file);
  const list = /__vite__mapDeps=\([^)]*m\.f=\[([^\]]*)\]/.exec(text)?.[1] ?? '';
  const deps = [...list.matchAll(/["'`]assets\/([\w.-]+)["'`]/g)].map((m) => m[1]);
  const byImport = new Map();
  const calls =
    /import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)(?:\.then\([^()]*\))?\s*,\s*__vite__mapDeps\(\[([\d,\s]*)\]\)/g;
  for (const [, chunk, indexes] of text.matchAll(calls)) {
    const css = indexes
      .split(',')
      .filter(Boolean)
      .map((i) => deps[Number(i)])
      .filter((dep) => dep?.endsWith('.css'));
    byImport.set(chunk, css);
  }
  return byImport;
}

function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of staticImports(file)) closure(dep, seen);
  return seen;
}

const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = /src="\/assets\/([\w.-]+\.js)"/.exec(indexHtml)?.[1];
if (!entry) throw new Error('entry script not found in dist/index.html');
const linkedCss = [
  ...indexHtml.matchAll(/<link rel="stylesheet"[^>]*href="\/assets\/([\w.-]+\.css)"/g),
].map((m) => m[1]);
const files = readdirSync(assets);
const dictionary = files.find((f) => /^fr-[\w-]+\.js$/.test(f));
const base = closure(entry);
if (dictionary) closure(dictionary, base);
const pageCss = preloadedCss(entry);

const pages = dynamicImports(entry).filter((f) => /Page-/.test(f));
const rows = pages.map((page) => {
  const js = total(closure(page, new Set(base)));
  const css = total(new Set([...linkedCss, ...(pageCss.get(page) ?? [])]));
  return {
    page: page.replace(/-[\w-]+\.js$/, ''),
    jsBytes: js,
    cssBytes: css,
    overBudget: js > BUDGET,
  };
});
rows.sort((a, b) => b.jsBytes - a.jsBytes);
const failed = rows.some((row) => row.overBudget);

if (asJson) {
  console.log(
    JSON.stringify({ budgetJsBytes: BUDGET, entry, entryJsBytes: gz(entry), pages: rows }),
  );
} else {
  console.log(`entry ${entry}: ${kb(gz(entry))} kB gz; JS budget ${kb(BUDGET)} kB gz per page\n`);
  console.log('| Page | JS first load (kB gz) | CSS first load (kB gz) |');
  console.log('| --- | ---: | ---: |');
  for (const row of rows) {
    const flag = row.overBudget ? ' **over budget**' : '';
    console.log(`| ${row.page} | ${kb(row.jsBytes)}${flag} | ${kb(row.cssBytes)} |`);
  }
}
if (failed) {
  console.error(`Over budget (${kb(BUDGET)} kB gz of JavaScript on first load)`);
  process.exit(1);
}
