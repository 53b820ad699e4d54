/**
 * `npm run bench:compare [-- a.json b.json]`: two results files side by side (the scale curve,
 * issue 7 item 3) and the larger run against the targets. Without files it takes, in
 * bench/results, the newest run with the fewest cases and the newest with the most; compare
 * runs made on the same machine, one after the other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareReport } from './targets-report.js';
import { resultFile, type ResultFile } from './targets.js';

const RESULTS = fileURLToPath(new URL('../../results/', import.meta.url));

function read(path: string): ResultFile {
  const parsed = resultFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a results file: ${parsed.error.message}`);
  return parsed.data;
}

/** Names are `<ISO time>-<cases>.json`: the newest run at the fewest and at the most cases. */
function newestAtEachEnd(): [string, string] {
  const runs = readdirSync(RESULTS)
    .map((name) => ({ name, m: /^(.+)-(\d+)\.json$/.exec(name) }))
    .filter((r): r is { name: string; m: RegExpExecArray } => r.m !== null)
    .map(({ name, m }) => ({ path: `${RESULTS}${name}`, at: m[1]!, cases: Number(m[2]) }))
    .sort((x, y) => x.at.localeCompare(y.at));
  const fewest = Math.min(...runs.map((r) => r.cases));
  const most = Math.max(...runs.map((r) => r.cases));
  if (runs.length === 0 || fewest === most) {
    throw new Error('bench/results needs runs at two dataset sizes (or name two files)');
  }
  const newest = (cases: number) => runs.filter((r) => r.cases === cases).at(-1)!.path;
  return [newest(fewest), newest(most)];
}

const paths = process.argv.slice(2);
if (paths.length !== 0 && paths.length !== 2) {
  console.error('usage: npm run bench:compare [-- <results a.json> <results b.json>]');
  process.exit(1);
}
try {
  const [a, b] = paths.length === 2 ? (paths as [string, string]) : newestAtEachEnd();
  console.log(`${a}\n${b}\n`);
  console.log(compareReport(read(a), read(b)).join('\n'));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
