/**
 * Party posts a message in the consumer–business thread (MSG-1). Authors rotate over many
 * cases because of the per-person limit (SEC-28: 30 messages per 10 minutes).
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
    const sessions = await env.signIn(cases.flatMap((c) => [c.consumer, c.merchant]));
    const pool = new Rotation(cases);
    let side = 0;
    return [
      {
        method: 'POST',
        setup: (context) => {
          const { index, item } = pool.take();
          context.index = index;
          side += 1;
          const author = side % 2 === 0 ? item.consumer : item.merchant;
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
