import { describe, expect, it } from 'vitest';
import { casePageFloor, consumerOpensCase } from '../src/harness/scenarios/consumer-opens-case.js';
import { compareReport, targetsReport } from '../src/harness/targets-report.js';
import {
  scaleCurve,
  verdictsOf,
  type ResultFile,
  type ScenarioResult,
} from '../src/harness/targets.js';

// Issue 7's targets, judged by the harness from a results file.
const scenario = (over: Partial<ScenarioResult> & Pick<ScenarioResult, 'name' | 'kind'>) => ({
  rps: 1000,
  p95: 20,
  p99: 30,
  errors: 0,
  ratio: 0.5,
  ...over,
});

const run = (cases: number, scenarios: ScenarioResult[], connections = 50): ResultFile => ({
  cases,
  load: { connections, duration: 10 },
  ceiling: { select: { rps: 10_000 } },
  scenarios,
});

const states = (s: ScenarioResult, connections = 50) =>
  Object.fromEntries(verdictsOf(s, connections).map((v) => [v.target, v.state]));

describe('verdictsOf', () => {
  it('holds a read to 0 errors, p99 ≤ 50 ms and 40 % of the SELECT ceiling', () => {
    expect(states(scenario({ name: 'list', kind: 'read', ratio: 0.4, p99: 50 }))).toEqual({
      errors: 'met',
      p99: 'met',
      ratio: 'met',
    });
    expect(
      states(scenario({ name: 'list', kind: 'read', ratio: 0.39, p99: 50.1, errors: 1 })),
    ).toEqual({ errors: 'missed', p99: 'missed', ratio: 'missed' });
  });

  it('holds a write to 20 % of the ceiling, not 40 %', () => {
    expect(states(scenario({ name: 'post', kind: 'write', ratio: 0.2 })).ratio).toBe('met');
    expect(states(scenario({ name: 'post', kind: 'write', ratio: 0.19 })).ratio).toBe('missed');
  });

  it('holds the agreement PDFs to p95 ≤ 100 ms, and no PDF to a ratio', () => {
    const agreement = scenario({ name: 'agreement PDF download', kind: 'pdf', p95: 100 });
    expect(states(agreement)).toEqual({ errors: 'met', p99: 'met', pdfP95: 'met' });
    expect(states({ ...agreement, p95: 101 }).pdfP95).toBe('missed');
    expect(states(scenario({ name: 'case summary PDF', kind: 'pdf' }))).toEqual({
      errors: 'met',
      p99: 'met',
    });
  });

  it('judges p99 only at the 50 connections the target is set at', () => {
    const one = verdictsOf(scenario({ name: 'list', kind: 'read', p99: 80 }), 1);
    expect(one.find((v) => v.target === 'p99')).toMatchObject({ state: 'na', value: 80 });
  });

  it('holds a diagnostic scenario (the case page floor) to nothing', () => {
    expect(casePageFloor.diagnostic).toBe(true);
    expect(consumerOpensCase.diagnostic).toBe(false);
    expect(verdictsOf(scenario({ name: 'x', kind: 'read', diagnostic: true }), 50)).toEqual([]);
    // Files written before the flag existed: recognised by the floor's name.
    expect(verdictsOf(scenario({ name: 'floor: statements', kind: 'read' }), 50)).toEqual([]);
  });
});

describe('scaleCurve', () => {
  const small = run(10_000, [
    scenario({ name: 'list', kind: 'read', p95: 20 }),
    scenario({ name: 'post', kind: 'write', p95: 100 }),
    scenario({ name: 'only small', kind: 'read' }),
  ]);
  const large = run(1_000_000, [
    scenario({ name: 'post', kind: 'write', p95: 151 }),
    scenario({ name: 'list', kind: 'read', p95: 30 }),
    scenario({ name: 'only large', kind: 'read' }),
  ]);

  it('compares p95 at the larger dataset with the smaller, whichever file comes first', () => {
    for (const points of [scaleCurve(small, large), scaleCurve(large, small)]) {
      expect(points.map((p) => [p.name, p.growth, p.state])).toEqual([
        ['post', 1.51, 'missed'],
        ['list', 1.5, 'met'],
      ]);
    }
  });

  it('refuses two runs of the same size', () => {
    expect(() => scaleCurve(small, small)).toThrow(/both runs have 10000 cases/);
  });

  it('reports the curve and the larger run against the targets, marking what missed', () => {
    const report = compareReport(small, large).join('\n');
    expect(report).toContain('Scale curve: 10000 → 1000000 cases');
    expect(report).toContain('| post | 1000 | 100 | 1000 | 151 | 30 | 0.5 | **1.51** |');
    expect(report).toContain('p95 within 1.5×: met by 1 of 2; missed by post (1.51×)');
    expect(report).toContain('Targets (issue 7) at 1000000 cases, 50 connections');
  });
});

describe('targetsReport', () => {
  it('lists per target which scenarios missed it, with the measured value', () => {
    const lines = targetsReport(
      run(1_000_000, [
        scenario({ name: 'dashboard', kind: 'read', p99: 90.4, ratio: 0.086 }),
        scenario({ name: 'list', kind: 'read', p99: 27.3, ratio: 0.41 }),
      ]),
    );
    expect(lines).toContain(
      '| dashboard | met (0) | **missed** (90.4 ms) | **missed** (8.6 %) | — |',
    );
    expect(lines).toContain('- p99 ≤ 50 ms: met by 1 of 2; missed by dashboard (90.4 ms)');
  });

  it('says so when no scenario of the run is held to a target', () => {
    const floorOnly = run(10_000, [scenario({ name: 'floor: statements', kind: 'read' })]);
    expect(targetsReport(floorOnly)).toEqual(['No scenario of this run is held to a target.']);
  });

  it('says when the p99 target is not judged', () => {
    const lines = targetsReport(run(10_000, [scenario({ name: 'pdf', kind: 'read' })], 1));
    expect(lines[0]).toContain('1 connections (the p99 target is set at 50: not judged)');
    expect(lines.some((l) => l.startsWith('- p99'))).toBe(false);
  });
});
