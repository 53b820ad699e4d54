/**
 * `npm run bench:web [-- --runs 3 --skip-build --only case --no-save --lhr]`: builds the web app,
 * prints the first-load JS/CSS budget table, starts the API (fresh PGlite, demo accounts) on a
 * free port, signs in the demo consumer, opens an fr case, and runs Lighthouse (mobile) on
 * /sign-in and on that case's page. Each page is measured `runs` times and the run with the
 * median performance score is reported (Lighthouse's own advice against single-run noise).
 * Writes bench/results/<date>-web.json unless `--no-save`; final screenshots go to
 * tmp/bench-web/, and with `--lhr` each run's full Lighthouse report too (its network requests
 * and LCP element show a request chain, which scores alone do not).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runLighthouse, type PageScores } from './lighthouse.js';
import { repoRoot, startWebServer } from './server.js';
import { signInDemoConsumer } from './session.js';

const TARGETS = { performance: 90, accessibility: 100 };
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'skip-build': { type: 'boolean', default: false },
    /** Only this page (`sign-in` or `case`): a shorter run while working on one page. */
    only: { type: 'string' },
    'no-save': { type: 'boolean', default: false },
    lhr: { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));

function run(command: string, args: string[], capture = false): string {
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
  return result.stdout ?? '';
}

if (!values['skip-build']) run('npm', ['run', 'build:web']);
const budgetScript = 'apps/web/scripts/bundle-budget.mjs';
run(process.execPath, [budgetScript]);
const budget = JSON.parse(run(process.execPath, [budgetScript, '--json'], true)) as unknown;

const server = await startWebServer();
const pages: { name: string; path: string; median: PageScores; runs: PageScores[] }[] = [];
try {
  const consumer = await signInDemoConsumer(server.baseUrl);
  const candidates: { name: string; path: string; headers: Record<string, string> }[] = [
    { name: 'sign-in', path: '/sign-in', headers: {} },
    { name: 'case', path: `/cases/${consumer.caseId}`, headers: { Cookie: consumer.cookieHeader } },
  ];
  const targets = candidates.filter(
    (target) => values.only === undefined || target.name === values.only,
  );
  if (targets.length === 0) throw new Error(`--only ${values.only}: no such page (sign-in, case)`);
  const shots = join(repoRoot, 'tmp/bench-web');
  for (const target of targets) {
    const results: PageScores[] = [];
    for (let i = 0; i < runs; i++) {
      const shot = join(shots, `${target.name}-${i + 1}.jpg`);
      const report = values.lhr ? join(shots, `${target.name}-${i + 1}.lhr.json`) : undefined;
      const url = `${server.baseUrl}${target.path}`;
      // Lighthouse's trace recording fails now and then (NO_NAVSTART, "run Lighthouse again"):
      // one more attempt, then give up.
      results.push(
        await runLighthouse(url, target.headers, shot, report).catch((error: unknown) => {
          console.warn(`${target.name} run ${i + 1}: ${String(error)}; retrying once`);
          return runLighthouse(url, target.headers, shot, report);
        }),
      );
      const last = results.at(-1)!;
      console.log(
        `${target.name} run ${i + 1}/${runs}: performance ${last.performance}, accessibility ${last.accessibility}`,
      );
    }
    const sorted = [...results].sort((a, b) => a.performance - b.performance);
    pages.push({
      name: target.name,
      path: target.path,
      median: sorted[Math.floor((runs - 1) / 2)]!,
      runs: results,
    });
  }
  console.log(`final screenshots${values.lhr ? ' and reports' : ''}: ${shots}`);
} finally {
  await server.stop();
}

console.log('\n| Page | Performance | Accessibility | FCP (ms) | LCP (ms) | TBT (ms) | CLS |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { name, median: m } of pages) {
  console.log(
    `| ${name} | ${m.performance} | ${m.accessibility} | ${m.fcpMs} | ${m.lcpMs} | ${m.tbtMs} | ${m.cls} |`,
  );
}
for (const { name, path, median: m } of pages) {
  // A page that redirected (to /sign-in, say) would be scored as the wrong page.
  if (new URL(m.finalUrl).pathname !== path)
    console.warn(`${name}: Lighthouse ended on ${m.finalUrl}`);
  for (const a of m.failingA11y)
    console.log(`${name}: accessibility audit failed: ${a.id} (${a.title})`);
  for (const o of m.opportunities)
    console.log(`${name}: opportunity ${o.id}: ~${o.savingsMs} ms (${o.title})`);
}
const missed = pages.filter(
  ({ median: m }) => m.performance < TARGETS.performance || m.accessibility < TARGETS.accessibility,
);
console.log(
  missed.length
    ? `Targets missed (performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}): ${missed.map((p) => p.name).join(', ')}`
    : 'Targets met on every page.',
);

if (values['no-save']) {
  console.log('--no-save: nothing written to bench/results');
} else {
  const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '-');
  const dir = join(repoRoot, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${stamp}-web.json`);
  const machine = {
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
  };
  const lighthouse = Object.fromEntries(
    pages.map(({ name, path, median, runs: all }) => [name, { path, ...median, runs: all }]),
  );
  writeFileSync(
    file,
    `${JSON.stringify({ machine, runsPerPage: runs, targets: TARGETS, budget, lighthouse }, null, 2)}\n`,
  );
  console.log(`wrote ${file}`);
}
