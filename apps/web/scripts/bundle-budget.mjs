/* global console, URL */
// First-load JavaScript and CSS per page of the built app (gzip), against the 170 KB JS budget.
// A page's first load = the entry chunk, the default language's dictionary, and the modules
// first-view.json lists for the page (its chunk and those it loads before any interaction, e.g.
// the case page's tabs), each with its static imports as Vite's manifest records them; its CSS =
// the stylesheets of those chunks. The API announces the same chunks in the page's HTML. Run
// after `vite build`. Prints a markdown table; `--json` prints the rows as JSON instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';

const BUDGET = 170_000; // bytes of JS (kB as Vite prints them), gzip level 6
const asJson = process.argv.includes('--json');
const dist = new URL('../dist/', import.meta.url).pathname;
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const manifest = readJson(join(dist, '.vite/manifest.json'));
const firstView = readJson(new URL('../first-view.json', import.meta.url).pathname);
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
const total = (files) => [...files].reduce((sum, f) => sum + gz(f), 0);
const kb = (bytes) => (bytes / 1000).toFixed(1);

function chunk(key) {
  const found = manifest[key];
  if (!found) throw new Error(`${key} is not in the Vite manifest (first-view.json is stale?)`);
  return found;
}

/** The chunks `keys` load: themselves and their static imports, transitively. */
function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure(chunk(key).imports ?? [], seen);
  }
  return seen;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('no entry in the Vite manifest');
const entry = chunk(entryKey).file;
const rows = firstView.pages.map(({ modules }) => {
  const keys = closure([entryKey, ...firstView.always, ...modules]);
  const chunks = [...keys].map(chunk);
  return {
    page: modules[0].replace(/^.*\//, '').replace(/\.tsx?$/, ''),
    jsBytes: total(new Set(chunks.map((c) => c.file))),
    cssBytes: total(new Set(chunks.flatMap((c) => c.css ?? []))),
    overBudget: false,
  };
});
for (const row of rows) row.overBudget = row.jsBytes > BUDGET;
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
