/**
 * Model-based tests: thousands of random action sequences (random actors, random clock
 * advances, right and wrong data) on both programmes, checking the engine's invariants after
 * every step (SPEC §4, §5, REP-3, QC-10, QC-12, QC-17, FR-9, FR-12).
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_NAMES,
  PARTY_SIDES,
  STATUSES,
  apply,
  availableActions,
  can,
  deadlinesFor,
  decide,
  holdsCapacity,
  replay,
  type ActionName,
  type Actor,
  type CaseEvent,
  type CaseState,
  type Programme,
} from '../src/index.js';
import { ACTORS, T0, openCommand } from './fixtures.js';
import { buildCommand } from './model-commands.js';

const ACTOR_LIST = Object.values(ACTORS);
const MINUTE = 60_000;

/**
 * Moves are drawn from three pools so that sequences reach the later stages: actions that end
 * the case and "bookkeeping" actions that leave the status as it is are drawn less often.
 */
const TERMINAL: ReadonlySet<ActionName> = new Set([
  'close_case',
  'close_without_agreement',
  'refuse_negotiation',
  'take_attestation',
  'declare_inadmissible',
  'expire_draft',
]);
const BOOKKEEPING: ReadonlySet<ActionName> = new Set([
  'add_document',
  'post_message',
  'save_draft_step',
  'take_charge',
  'assign_mediator',
  'add_representative',
  'activate_representative',
  'remove_representative',
  'extend_mediation',
]);

const stepArbitrary = fc.record({
  advance: fc.oneof(
    { weight: 4, arbitrary: fc.constant(0) },
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 24 * 60 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 50 }).map((days) => days * 24 * 60) },
  ),
  seed: fc.nat(),
  /** Most steps pick among what someone may do now; the others try anything, by anyone. */
  fromMenu: fc.nat({ max: 4 }).map((n) => n !== 0),
  wrong: fc.nat({ max: 9 }).map((n) => n === 0),
});
type Step = typeof stepArbitrary extends fc.Arbitrary<infer S> ? S : never;

/** Plain assertion: `expect` is too slow for tens of thousands of checks per run. */
function invariant(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant broken: ${message}`);
}

function checkInvariants(
  before: CaseState,
  after: CaseState,
  events: readonly CaseEvent[],
  history: readonly CaseEvent[],
): void {
  invariant(STATUSES[after.programme].includes(after.status), 'status belongs to the programme');
  invariant(after.revision === history.length, 'revision counts the events');
  invariant((after.status === 'closed') === (after.closure !== null), 'closed iff closure');
  invariant(isDeepStrictEqual(replay(history), after), 'replaying the history rebuilds the state');
  invariant(
    history.filter((e) => e.type === 'agreement_reached').length <= 1,
    'at most one agreement',
  );
  invariant(history.filter((e) => e.type === 'case_closed').length <= 1, 'closed at most once');
  invariant(
    (after.agreement !== null) === (after.closure?.outcome === 'agreement'),
    'agreement iff outcome',
  );
  if (after.agreement !== null) {
    // Every required party accepted the agreed version (the author's side by proposing it).
    const { proposalId, version } = after.agreement;
    const proposal = after.proposals.find((p) => p.proposalId === proposalId);
    invariant(proposal?.versions.length === version, 'the agreed version is the current one');
    for (const side of PARTY_SIDES) {
      const accepted = proposal.acceptances.some((a) => a.side === side && a.version === version);
      invariant(proposal.author === side || accepted, `${side} accepted version ${version}`);
      if (after.programme === 'fr') {
        invariant(
          after.protocol?.signatures.some((s) => s.side === side) === true,
          `${side} signed (FR-12)`,
        );
      }
    }
  }
  // QC-10: at most one person speaks for the business; a take-over names the replaced one.
  invariant(
    ACTOR_LIST.filter((a) => holdsCapacity(after, a, 'merchant_side')).length <= 1,
    'single merchant side',
  );
  for (const event of events) {
    if (event.type === 'merchant_took_charge') {
      invariant(
        isDeepStrictEqual(event.payload.replaced, before.merchantRepresentative),
        'names the replaced',
      );
    }
  }
  // A deadline never moves earlier while it is pending.
  const previous = new Map(deadlinesFor(before).map((d) => [d.key, Date.parse(d.dueAt)]));
  for (const deadline of deadlinesFor(after)) {
    const was = previous.get(deadline.key);
    invariant(
      was === undefined || Date.parse(deadline.dueAt) >= was,
      `${deadline.key} never moves earlier`,
    );
  }
}

interface Move {
  readonly actor: Actor;
  readonly action: ActionName;
  /** Whether the action was on the actor's menu (`availableActions`). */
  readonly offered: boolean;
}

function chooseMove(state: CaseState, now: number, step: Step): Move {
  const { seed } = step;
  const moves = ACTOR_LIST.flatMap((actor) =>
    availableActions(state, actor, now).map((action) => ({ actor, action, offered: true })),
  );
  const pools = [
    moves.filter((move) => TERMINAL.has(move.action)),
    moves.filter((move) => BOOKKEEPING.has(move.action)),
    moves.filter((move) => !TERMINAL.has(move.action) && !BOOKKEEPING.has(move.action)),
  ];
  const wanted = seed % 40 === 0 ? 0 : seed % 40 < 10 ? 1 : 2; // 2.5% / 22.5% / 75%
  const order = [pools[wanted], pools[2], pools[1], pools[0]]; // fall back to progress first
  const pool = order.find((p) => p !== undefined && p.length > 0) ?? [];
  const move = pool[Math.floor(seed / 40) % Math.max(pool.length, 1)];
  if (step.fromMenu && move !== undefined) return move;
  const actor = ACTOR_LIST[seed % ACTOR_LIST.length] ?? ACTORS.consumer;
  const action =
    ACTION_NAMES[Math.floor(seed / ACTOR_LIST.length) % ACTION_NAMES.length] ?? 'open_case';
  return { actor, action, offered: availableActions(state, actor, now).includes(action) };
}

function runSequence(programme: Programme, steps: readonly Step[]): void {
  let now = Date.parse(T0);
  let ids = 0;
  const nextId = () => `id-${(ids += 1)}`;
  const opened = decide(null, openCommand(programme), ACTORS.consumer, now);
  if (!opened.ok) throw new Error(opened.reason);
  const history: CaseEvent[] = [...opened.events];
  let state = replay(history);
  for (const step of steps) {
    now += step.advance * MINUTE;
    const { actor, action, offered } = chooseMove(state, now, step);
    const command = buildCommand(action, state, actor, step.seed, step.wrong, nextId);
    const decision = decide(state, command, actor, now);
    if (state.status === 'closed') {
      // A closed case accepts no action, except QC-22: messages in the parties' thread within
      // the 90 days after an agreement (which may still be refused for another reason).
      const until = state.closure?.messagingUntil ?? null;
      const qc22 = command.type === 'post_message' && until !== null && now < Date.parse(until);
      invariant(
        qc22 || (!decision.ok && decision.reason === 'case_closed'),
        'a closed case accepts no action',
      );
      if (!decision.ok) continue;
      for (const event of decision.events) {
        state = apply(state, event);
        history.push(event);
      }
      invariant(state.status === 'closed', 'a message does not reopen a closed case');
      continue;
    }
    // Screens and decide agree: a button shown, used with the screen's own data, is never refused.
    invariant(!offered || step.wrong || decision.ok, `offered ${action} was refused`);
    invariant(decision.ok === can(state, actor, command, now).allowed, 'can agrees with decide');
    if (!decision.ok) continue;
    const before = state;
    for (const event of decision.events) {
      state = apply(state, event);
      history.push(event);
    }
    checkInvariants(before, state, decision.events, history);
  }
  expect(replay(history)).toEqual(state);
  expect(replay(JSON.parse(JSON.stringify(history)) as CaseEvent[])).toEqual(state);
}

describe.each(['qc', 'fr'] as const)('%s: random sequences keep the invariants', (programme) => {
  // Slow machines get a generous timeout; this usually takes 2–3 s per programme.
  it('holds for 1000 sequences of up to 30 steps', { timeout: 30_000 }, () => {
    const sequences = fc.array(stepArbitrary, { minLength: 1, maxLength: 30, size: 'max' });
    fc.assert(
      fc.property(sequences, (steps) => runSequence(programme, steps)),
      { numRuns: 1000 },
    );
  });
});
