/* global console, URL */
// First-load JavaScript per page of the built app (gzip), against the 170 KB budget.
// A page's first load = the entry chunk and its static imports, the dictionary of the default
// language, and the page chunk with its static imports. Run after `vite build`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';

const BUDGET = 170_000; // bytes (kB as Vite prints them), gzip level 6
const dist = new URL('../dist/', import.meta.url).pathname;
const assets = join(dist, 'assets');
const source = (file) => readFileSync(join(assets, file), 'utf8');
const gz = (file) => gzipSync(readFileSync(join(assets, file))).length;

const staticImports = (file) =>
  [
    ...source(file).matchAll(
      /(?:^|[;}\s])import\s*(?:[\w{}$,*\s]+from\s*)?["']\.\/([\w.-]+\.js)["']/g,
    ),
  ].map((m) => m[1]);
const dynamicImports = (file) =>
  [...source(file).matchAll(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)].map((m) => m[1]);

function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of staticImports(file)) closure(dep, seen);
  return seen;
}

const entry = /src="\/assets\/([\w.-]+\.js)"/.exec(
  readFileSync(join(dist, 'index.html'), 'utf8'),
)?.[1];
if (!entry) throw new Error('entry script not found in dist/index.html');
const files = readdirSync(assets);
const dictionary = files.find((f) => /^fr-[\w-]+\.js$/.test(f));
const base = closure(entry);
if (dictionary) closure(dictionary, base);

const pages = dynamicImports(entry).filter((f) => /Page-/.test(f));
let failed = false;
const rows = pages.map((page) => {
  const all = closure(page, new Set(base));
  const size = [...all].reduce((sum, f) => sum + gz(f), 0);
  if (size > BUDGET) failed = true;
  return [page.replace(/-[\w-]+\.js$/, ''), (size / 1000).toFixed(1)];
});
rows.sort((a, b) => Number(b[1]) - Number(a[1]));
console.log(`entry ${entry}: ${(gz(entry) / 1000).toFixed(1)} kB gz`);
for (const [name, kb] of rows) console.log(`${name.padEnd(24)} ${kb.padStart(6)} kB gz first load`);
if (failed) {
  console.error(`Over budget (${BUDGET / 1000} kB gz)`);
  process.exit(1);
}
