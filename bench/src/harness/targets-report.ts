/**
 * The targets as markdown tables: after a run (`npm run bench`) and for two runs side by side
 * (`npm run bench:compare`, the scale curve). "met" and "missed" carry the measured value.
 */
import {
  LIMITS,
  connectionsOf,
  scaleCurve,
  verdictsOf,
  type ResultFile,
  type TargetId,
  type Verdict,
} from './targets.js';

const COLUMNS: readonly { target: TargetId; title: string }[] = [
  { target: 'errors', title: '0 errors' },
  { target: 'p99', title: `p99 ≤ ${LIMITS.p99Ms} ms` },
  {
    target: 'ratio',
    title: `≥ ${LIMITS.readRatio * 100} % (read) / ${LIMITS.writeRatio * 100} % (write) of the SELECT ceiling`,
  },
  { target: 'pdfP95', title: `agreement PDF p95 ≤ ${LIMITS.pdfP95Ms} ms` },
];

const shown = (v: Verdict) =>
  v.target === 'ratio'
    ? `${Math.round(v.value * 1000) / 10} %`
    : v.target === 'errors'
      ? String(v.value)
      : `${v.value} ms`;

const cell = (v: Verdict | undefined) =>
  v === undefined
    ? '—'
    : v.state === 'met'
      ? `met (${shown(v)})`
      : v.state === 'missed'
        ? `**missed** (${shown(v)})`
        : `n/a (${shown(v)})`;

/** Per target: how many scenarios it applied to, and which missed it. */
function summary(judged: readonly { name: string; verdicts: Verdict[] }[]): string[] {
  return COLUMNS.flatMap(({ target, title }) => {
    const applied = judged.flatMap(({ name, verdicts }) =>
      verdicts.filter((v) => v.target === target && v.state !== 'na').map((v) => ({ name, v })),
    );
    if (applied.length === 0) return [];
    const missed = applied.filter(({ v }) => v.state === 'missed');
    const met = applied.length - missed.length;
    const which = missed.map(({ name, v }) => `${name} (${shown(v)})`).join('; ');
    return [`- ${title}: met by ${met} of ${applied.length}${which ? `; missed by ${which}` : ''}`];
  });
}

/** One run against the targets: a table, then one line per target. */
export function targetsReport(file: ResultFile): string[] {
  const connections = connectionsOf(file);
  const judged = file.scenarios.map((s) => ({
    name: s.name,
    verdicts: verdictsOf(s, connections),
  }));
  const rows = judged
    .filter(({ verdicts }) => verdicts.length > 0)
    .map(
      ({ name, verdicts }) =>
        `| ${name} | ${COLUMNS.map(({ target }) => cell(verdicts.find((v) => v.target === target))).join(' | ')} |`,
    );
  if (rows.length === 0) return ['No scenario of this run is held to a target.'];
  return [
    `Targets (issue 7) at ${file.cases} cases, ${connections} connections${
      connections === LIMITS.p99Connections
        ? ''
        : ` (the p99 target is set at ${LIMITS.p99Connections}: not judged)`
    }:`,
    '',
    `| scenario | ${COLUMNS.map((c) => c.title).join(' | ')} |`,
    `| --- | ${COLUMNS.map(() => '---').join(' | ')} |`,
    ...rows,
    '',
    ...summary(judged),
  ];
}

/** Two runs side by side: the scale curve, then the larger run against the other targets. */
export function compareReport(a: ResultFile, b: ResultFile): string[] {
  const points = scaleCurve(a, b);
  const [small, large] = a.cases < b.cases ? [a, b] : [b, a];
  const missed = points.filter((p) => p.state === 'missed');
  return [
    `Scale curve: ${small.cases} → ${large.cases} cases (p95 within ${LIMITS.scaleP95}×)`,
    '',
    `| scenario | req/s ${small.cases} | p95 ${small.cases} | req/s ${large.cases} | p95 ${large.cases} | p99 ${large.cases} | ratio ${large.cases} | p95 growth |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...points.map(
      (p) =>
        `| ${p.name} | ${p.small.rps} | ${p.small.p95} | ${p.large.rps} | ${p.large.p95} | ${p.large.p99} | ${p.large.ratio} | ${
          p.state === 'met' ? p.growth : `**${p.growth}**`
        } |`,
    ),
    '',
    `- p95 within ${LIMITS.scaleP95}×: met by ${points.length - missed.length} of ${points.length}${
      missed.length ? `; missed by ${missed.map((p) => `${p.name} (${p.growth}×)`).join('; ')}` : ''
    }`,
    '',
    ...targetsReport(large),
  ];
}
