/**
 * A load scenario: what it needs from the database (cases in the right state, the users who act
 * on them, signed in), and the request(s) one connection repeats. Add a scenario by adding a
 * module to `scenarios/` and listing it in `scenarios/index.ts`. A scenario may also measure
 * something beside the requests (the live fan-out of the messages it posts): `startMeasuring`
 * and `finish`.
 */
import type pg from 'pg';
import type { Headers } from './sessions.js';
import type { LoadRequest } from './load.js';

export interface ScenarioEnv {
  readonly db: pg.Client;
  readonly baseUrl: string;
  /** The load's concurrent connections: a write scenario needs an item of its own for each. */
  readonly connections: number;
  signIn(userIds: readonly string[]): Promise<Map<string, Headers>>;
  getJson(path: string, headers: Headers): Promise<unknown>;
}

/** A figure measured beside a scenario's requests, reported as a row of its own below it. */
export interface SideMeasure {
  readonly name: string;
  /** Events per second of the measured run. */
  readonly rate: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** Events expected and not seen (for the live fan-out: signals never delivered). */
  readonly errors: number;
  /** Anything else worth keeping in the results file. */
  readonly details: Record<string, number>;
}

export interface ScenarioRun {
  readonly requests: readonly LoadRequest[];
  /** Called between the warm-up and the measured run. */
  startMeasuring?(): void;
  /** Called after the measured run (of `seconds`): releases what `prepare` opened, returns the side figure. */
  finish?(seconds: number): Promise<SideMeasure | null>;
}

export interface Scenario {
  readonly name: string;
  readonly kind: 'read' | 'write' | 'pdf';
  /** Measured only to read another scenario against (the case page's floor): no target applies. */
  readonly diagnostic?: boolean;
  prepare(env: ScenarioEnv): Promise<ScenarioRun>;
}

/** The same GET for every connection, with the sessions taken in turn. */
export function cycling(sessions: Map<string, Headers>, path: string): ScenarioRun {
  const all = [...sessions.values()];
  if (all.length === 0) throw new Error(`no signed-in user for ${path}: generate a dataset first`);
  let i = 0;
  return { requests: [{ setup: () => ({ path, headers: all[(i = (i + 1) % all.length)]! }) }] };
}

/**
 * Round-robin over a list, never handing out an item still in flight (for writes). A run that
 * stops (the warm-up's end) leaves its connections' items in flight for good: their outcome (a
 * proposal's turn) is unknown, so they are not used again. A list shorter than twice the
 * connections is refused when built, in `prepare`, so that the scenario is skipped with the reason
 * rather than running out of items in the measured run.
 */
export class Rotation<T> {
  #next = 0;
  readonly #busy = new Set<number>();
  constructor(
    readonly items: readonly T[],
    connections: number,
  ) {
    if (items.length === 0) throw new Error('no data for this scenario: generate a larger dataset');
    if (items.length < 2 * connections) {
      throw new Error(
        `${items.length} cases for ${connections} connections, which need twice as many ` +
          '(one each in the warm-up and in the measured run): regenerate the dataset ' +
          '(bench:data --reset) or use fewer connections',
      );
    }
  }
  /** The next item not in flight, or null when there is none (the run then ends there). */
  take(): { index: number; item: T } | null {
    for (let tries = 0; tries < this.items.length; tries++) {
      const index = this.#next;
      this.#next = (this.#next + 1) % this.items.length;
      if (!this.#busy.has(index)) {
        this.#busy.add(index);
        return { index, item: this.items[index]! };
      }
    }
    return null;
  }
  release(index: number): void {
    this.#busy.delete(index);
  }
}
