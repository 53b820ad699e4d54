/**
 * Party submits a counter-proposal: POST /api/cases/:id/commands `make_proposal` by the side
 * whose turn it is (QC-12). Each case is used by one connection at a time, and the turn flips
 * when the proposal is accepted by the engine.
 */
import { Rotation, type Scenario } from '../scenario.js';
import { negotiationCases } from './negotiation-pool.js';

const content = JSON.stringify({
  type: 'make_proposal',
  content: {
    solutions: [{ kind: 'refund', amountMinor: 12_500 }],
    terms: 'Remboursement partiel sous quinze jours.',
  },
});

/**
 * The same number of cases at every dataset size (about what a fresh 10,000-case dataset has in
 * negotiation with a representative), so that the scale curve compares data sizes rather than
 * working sets (see `post-message.ts`).
 */
const ACTIVE_CASES = 750;

export const counterProposal: Scenario = {
  name: 'party submits a counter-proposal',
  kind: 'write',
  async prepare(env) {
    const cases = await negotiationCases(env, ACTIVE_CASES);
    console.log(`  (${cases.length} cases written to, of ${ACTIVE_CASES} asked)`);
    const pool = new Rotation(cases, env.connections);
    const sessions = await env.signIn(cases.flatMap((c) => [c.consumer, c.merchant]));
    return {
      requests: [
        {
          method: 'POST',
          setup: (context) => {
            const taken = pool.take();
            if (taken === null) return null;
            const { index, item } = taken;
            context.index = index;
            return {
              path: `/api/cases/${item.id}/commands`,
              headers: sessions.get(item[item.turn])!,
              body: content,
            };
          },
          onResponse: (status, _body, context) => {
            const index = context.index as number;
            const item = pool.items[index]!;
            if (status === 200) item.turn = item.turn === 'consumer' ? 'merchant' : 'consumer';
            pool.release(index);
          },
        },
      ],
    };
  },
};
