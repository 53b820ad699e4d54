/**
 * Party posts a message in the consumer–business thread (MSG-1). The authors are the cases'
 * consumers, rotating over many cases: a merchant representative in charge of hundreds of
 * cases reaches the per-person limit (SEC-28: 30 messages per 10 minutes) within seconds at
 * this rate, which the bench would count as errors (see docs/performance.md).
 */
import { Rotation, type Scenario } from '../scenario.js';
import { negotiationCases } from './negotiation-pool.js';

const body = JSON.stringify({
  body: 'Bonjour, pouvez-vous me confirmer la date de la réparation?',
});

export const postMessage: Scenario = {
  name: 'party posts a message',
  kind: 'write',
  async prepare(env) {
    const cases = await negotiationCases(env, 4000);
    const sessions = await env.signIn(cases.map((c) => c.consumer));
    const pool = new Rotation(cases);
    return [
      {
        method: 'POST',
        setup: (context) => {
          const { index, item } = pool.take();
          context.index = index;
          const author = item.consumer;
          return {
            path: `/api/cases/${item.id}/threads/parties/messages`,
            headers: sessions.get(author)!,
            body,
          };
        },
        onResponse: (_status, _body, context) => pool.release(context.index as number),
      },
    ];
  },
};
