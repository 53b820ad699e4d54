/**
 * Party posts a message in the consumer–business thread (MSG-1), with the other party listening
 * (MSG-3): the merchant representatives in charge of the cases hold `GET /api/live` streams open,
 * and the delivery of each message's signal to them is measured (`live-fan-out.ts`), reported
 * as a row of its own below the posts.
 *
 * The authors are the cases' consumers, rotating over the cases: a merchant representative in
 * charge of hundreds of cases reaches the per-person limit (SEC-28: 30 messages per 10 minutes)
 * within seconds at this rate, which the bench would count as errors (see docs/performance.md).
 * For the same reason the cases awaiting a mediator join those in negotiation: at 10,000 cases
 * the latter give about 800 authors, whom a machine posting 1,000 messages a second takes past
 * 30 each within the warm-up and the measured run.
 */
import { LiveFanOut, type Post } from '../live-fan-out.js';
import { Rotation, type Scenario } from '../scenario.js';
import { negotiationCases } from './negotiation-pool.js';

const body = JSON.stringify({
  body: 'Bonjour, pouvez-vous me confirmer la date de la réparation?',
});
/** One stream per representative; the cases are drawn among theirs only. */
const LISTENERS = 200;
/**
 * The cases written to, the same number at every dataset size (what a 10,000-case dataset has),
 * so that the scale curve compares the size of the data and not the size of the working set: at
 * 1,000,000 cases, 4,000 cases (the number used until the fifteenth round) touch four times as
 * many distinct pages as 1,000, and the p95 of a post follows that (docs/performance.md). SEC-28
 * lets 1,000 authors post 30,000 messages in 10 minutes: 2,300 a second over a 13 s run.
 */
const ACTIVE_CASES = 1000;
/** After the measured run, how long signals still on their way are waited for. */
const DRAIN_MS = 2000;

export const postMessage: Scenario = {
  name: 'party posts a message (other party listening on /api/live)',
  kind: 'write',
  async prepare(env) {
    const cases = await negotiationCases(env, ACTIVE_CASES, {
      representatives: LISTENERS,
      awaitingMediation: true,
    });
    console.log(`  (${cases.length} cases written to, of ${ACTIVE_CASES} asked)`);
    const pool = new Rotation(cases, env.connections);
    // A run starts with its authors' windows empty, as if they had not posted for 10 minutes:
    // otherwise a second run within 10 minutes on a small dataset (the same authors) would be
    // refused. The key is the API's (`messages/post-message.ts`).
    await env.db.query('DELETE FROM rate_limit_hits WHERE key = ANY($1)', [
      cases.map((c) => `message:user:${c.consumer}`),
    ]);
    const sessions = await env.signIn(cases.flatMap((c) => [c.consumer, c.merchant]));
    const listening = new Map(cases.map((c) => [c.merchant, sessions.get(c.merchant)!]));
    const live = await LiveFanOut.open(env.baseUrl, listening);
    return {
      requests: [
        {
          method: 'POST',
          setup: (context) => {
            const taken = pool.take();
            if (taken === null) return null;
            const { index, item } = taken;
            context.index = index;
            context.post = live.posted(item.id);
            return {
              path: `/api/cases/${item.id}/threads/parties/messages`,
              headers: sessions.get(item.consumer)!,
              body,
            };
          },
          onResponse: (status, _body, context) => {
            const index = context.index as number;
            live.answered(
              pool.items[index]!.id,
              context.post as Post,
              status >= 200 && status < 300,
            );
            pool.release(index);
          },
        },
      ],
      startMeasuring: () => live.reset(),
      async finish(seconds) {
        await new Promise((resolve) => setTimeout(resolve, DRAIN_MS));
        live.close();
        return live.summary(
          `↳ live fan-out: the message's signal reaches the other party (${live.listeners} streams)`,
          seconds,
        );
      },
    };
  },
};
