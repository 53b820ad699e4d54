/**
 * `npm run bench [-- --duration 10 --warmup 3 --connections 50 --only name --no-prewarm]`: starts
 * the API against DATABASE_URL (NODE_ENV=production, logs at warn, no jobs, documents it files
 * under tmp/bench-data), reads the database into the OS cache (`prewarm.ts`), measures the
 * ceiling (static JSON and one indexed SELECT on the same server and pool), runs every scenario
 * (or those whose name contains `--only`, any case), prints a markdown table and writes
 * bench/results/<date>.json (not with `--no-save`).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { measure, type LoadOptions, type LoadResult } from './load.js';
import { prewarm, type Prewarm } from './prewarm.js';
import type { Scenario, ScenarioEnv, ScenarioRun, SideMeasure } from './scenario.js';
import { SCENARIOS } from './scenarios/index.js';
import { signIn } from './sessions.js';
import { targetsReport } from './targets-report.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    only: { type: 'string' },
    'no-save': { type: 'boolean', default: false },
    'no-prewarm': { type: 'boolean', default: false },
  },
});
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl?.startsWith('postgres')) {
  console.error('DATABASE_URL must point at a database made by `npm run bench:data`.');
  process.exit(1);
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const serverFile = fileURLToPath(new URL('./server.ts', import.meta.url));
const server = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_PROFILE
      ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE]
      : []),
    '--import',
    'tsx',
    serverFile,
  ],
  {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
      JOBS: 'false',
      DEMO_DATA: 'false',
      // The agreements the PDF scenario files go here, not among a developer's documents.
      DATA_DIR:
        process.env.BENCH_DATA_DIR ??
        fileURLToPath(new URL('../../../tmp/bench-data/', import.meta.url)),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
const stopServer = () => server.kill('SIGTERM');
process.on('exit', stopServer);

for (let i = 0; ; i++) {
  const ready = await fetch(`${baseUrl}/readyz`).then(
    (r) => r.ok,
    () => false,
  );
  if (ready) break;
  if (i > 120) throw new Error('the API did not start within 60 s');
  await new Promise((r) => setTimeout(r, 500));
}

const rssMb = () => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
};

const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const env: ScenarioEnv = {
  db,
  baseUrl,
  connections: Number(values.connections),
  signIn: (ids: readonly string[]) => signIn(db, ids, baseUrl),
  async getJson(path: string, headers: Record<string, string>) {
    const res = await fetch(`${baseUrl}${path}`, { headers });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  },
};
const load: LoadOptions = {
  url: baseUrl,
  connections: Number(values.connections),
  duration: Number(values.duration),
  warmup: Number(values.warmup),
};

const warmed: Prewarm = values['no-prewarm'] ? { skipped: '--no-prewarm' } : await prewarm(db);
console.log(
  'skipped' in warmed
    ? `cache not prewarmed (${warmed.skipped})`
    : `prewarmed ${warmed.gigabytes} GB of indexes and tables in ${warmed.seconds} s`,
);
const casesCount = Number(
  (await db.query<{ n: string }>('SELECT count(*) AS n FROM cases')).rows[0]!.n,
);
const sample = await db.query<{ id: string }>('SELECT id FROM cases ORDER BY random() LIMIT 1000');
const ids = sample.rows.map((r) => r.id);
let k = 0;
console.log(
  `${casesCount} cases; ${load.connections} connections, ${load.warmup} s warm-up + ${load.duration} s per scenario`,
);
const json = await measure(load, [{ setup: () => ({ path: '/healthz' }) }]);
const select = await measure(load, [
  { setup: () => ({ path: `/bench/ceiling/select?id=${ids[(k = (k + 1) % ids.length)]}` }) },
]);
const write = await measure(load, [
  { setup: () => ({ path: `/bench/ceiling/write?id=${ids[(k = (k + 1) % ids.length)]}` }) },
]);

const only = values.only?.toLowerCase();
const rows: {
  name: string;
  kind: Scenario['kind'];
  diagnostic: boolean;
  r: LoadResult;
  rss: number;
  side: SideMeasure | null;
}[] = [];
const skipped: { name: string; reason: string }[] = [];
for (const scenario of SCENARIOS.filter((s) => !only || s.name.toLowerCase().includes(only))) {
  let run: ScenarioRun;
  try {
    run = await scenario.prepare(env);
  } catch (error) {
    // A scenario whose data is missing is reported, not allowed to stop the others.
    const reason = error instanceof Error ? error.message : String(error);
    skipped.push({ name: scenario.name, reason });
    console.log(`  ${scenario.name}: skipped (${reason})`);
    continue;
  }
  const r = await measure(load, run.requests, () => run.startMeasuring?.());
  const side = (await run.finish?.(load.duration)) ?? null;
  rows.push({
    name: scenario.name,
    kind: scenario.kind,
    diagnostic: scenario.diagnostic === true,
    r,
    rss: rssMb(),
    side,
  });
  console.log(`  ${scenario.name}: ${r.rps} req/s, p99 ${r.p99} ms, ${r.errors} errors`);
  if (r.seconds < load.duration) {
    console.log(
      `  ran out of data after ${r.seconds} s of ${load.duration}: a larger dataset runs longer`,
    );
  }
  if (side) console.log(`  ${side.name}: p95 ${side.p95} ms, ${JSON.stringify(side.details)}`);
}
const pgVersion = (await db.query<{ v: string }>('SHOW server_version')).rows[0]!.v;
await db.end();

const result = {
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: pgVersion,
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
    // Not in the shape: whether the run started from a warmed cache (`prewarm.ts`).
    prewarm: warmed,
  },
  cases: casesCount,
  // Not in the shape: how the load was made (the p99 target is set at 50 connections).
  load: { connections: load.connections, duration: load.duration, warmup: load.warmup },
  ceiling: {
    json: { rps: json.rps, p99: json.p99 },
    select: { rps: select.rps, p99: select.p99 },
    // Not in the shape: the smallest durable write, to read the write scenarios against.
    write: { rps: write.rps, p99: write.p99 },
  },
  scenarios: rows.map(({ name, kind, diagnostic, r, rss, side }) => ({
    name,
    kind,
    // Not in the shape: measured to read another scenario against, held to no target.
    ...(diagnostic ? { diagnostic } : {}),
    rps: r.rps,
    p50: r.p50,
    p95: r.p95,
    p99: r.p99,
    errors: r.errors,
    rssMb: rss,
    ratio: Math.round((r.rps / select.rps) * 1000) / 1000,
    // Present when the scenario used up its data before the duration (the agreement, at 10k).
    ...(r.seconds < load.duration ? { seconds: r.seconds } : {}),
    ...(side ? { side } : {}),
  })),
  skipped,
};

const table = [
  '| scenario | kind | req/s | p50 ms | p95 ms | p99 ms | errors | RSS MB | ratio |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  `| ceiling: static JSON | — | ${json.rps} | ${json.p50} | ${json.p95} | ${json.p99} | ${json.errors} | | |`,
  `| ceiling: indexed SELECT | — | ${select.rps} | ${select.p50} | ${select.p95} | ${select.p99} | ${select.errors} | | 1 |`,
  `| ceiling: one-row write transaction | — | ${write.rps} | ${write.p50} | ${write.p95} | ${write.p99} | ${write.errors} | | ${Math.round((write.rps / select.rps) * 1000) / 1000} |`,
  ...result.scenarios.flatMap((s) => [
    `| ${s.name} | ${s.kind} | ${s.rps} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.errors} | ${s.rssMb} | ${s.ratio} |`,
    // The side figure: events per second in the req/s column, its latencies, what was missed.
    ...(s.side
      ? [
          `| ${s.side.name} | live | ${s.side.rate} | ${s.side.p50} | ${s.side.p95} | ${s.side.p99} | ${s.side.errors} | | |`,
        ]
      : []),
  ]),
];
console.log(`\n${table.join('\n')}\n`);
console.log(`${targetsReport(result).join('\n')}\n`);
if (!values['no-save']) {
  const dir = fileURLToPath(new URL('../../results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}${new Date().toISOString().replace(/:/g, '-').slice(0, 19)}-${casesCount}.json`;
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  console.log(`written ${file}`);
}
// Requests the last run left in flight finish before the server and its pool close.
await new Promise((resolve) => setTimeout(resolve, 1000));
stopServer();
process.exit(0);
