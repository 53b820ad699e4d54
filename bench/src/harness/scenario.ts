/**
 * A load scenario: what it needs from the database (cases in the right state, the users who act
 * on them, signed in), and the request(s) one connection repeats. Add a scenario by adding a
 * module to `scenarios/` and listing it in `scenarios/index.ts`.
 */
import type pg from 'pg';
import type { Headers } from './sessions.js';
import type { LoadRequest } from './load.js';

export interface ScenarioEnv {
  readonly db: pg.Client;
  readonly baseUrl: string;
  signIn(userIds: readonly string[]): Promise<Map<string, Headers>>;
  getJson(path: string, headers: Headers): Promise<unknown>;
}

export interface Scenario {
  readonly name: string;
  readonly kind: 'read' | 'write' | 'pdf';
  prepare(env: ScenarioEnv): Promise<readonly LoadRequest[]>;
}

/** Round-robin over a list, never handing out an item still in flight (for writes). */
export class Rotation<T> {
  #next = 0;
  readonly #busy = new Set<number>();
  constructor(readonly items: readonly T[]) {
    if (items.length === 0) throw new Error('no data for this scenario: generate a larger dataset');
  }
  take(): { index: number; item: T } {
    for (let tries = 0; tries < this.items.length; tries++) {
      const index = this.#next;
      this.#next = (this.#next + 1) % this.items.length;
      if (!this.#busy.has(index)) {
        this.#busy.add(index);
        return { index, item: this.items[index]! };
      }
    }
    throw new Error('every item is in flight: the pool is smaller than the connection count');
  }
  release(index: number): void {
    this.#busy.delete(index);
  }
}
