/**
 * The header's unread counts (`GET /api/unread`), which every page of the web app asks for:
 * consumers with cases, mediators (thousands of cases each at 1,000,000) and the large
 * business's representatives (who read its 50,000 cases' threads through the registry, ORG-2),
 * taken in turn.
 *
 * The mix is fixed, so that the 10,000-case and 1,000,000-case runs compare the same requests:
 * 200 consumer turns, 50 mediator turns and 50 representative turns per round, each class's turns
 * shared among the people of that class the dataset has. A mediator's count walks up to the cap
 * and costs several times a consumer's; counting each mediator once, as before, gave them 1 % of
 * the requests with the 3 mediators of 10,000 cases and 17 % with the 50 of 1,000,000.
 */
import { cycling, type Scenario } from '../scenario.js';

const TURNS = { consumer: 200, mediator: 50, representative: 50 } as const;
type PersonClass = keyof typeof TURNS;

/** `turns` entries taken from `people` in turn (each person about `turns / people` times). */
function turnsOf(people: readonly string[], turns: number): string[] {
  if (people.length === 0) return [];
  return Array.from({ length: turns }, (_, i) => people[i % people.length]!);
}

export const unreadCounts: Scenario = {
  name: 'header unread counts (consumers, mediators, large-business representatives)',
  kind: 'read',
  async prepare(env) {
    const { rows } = await env.db.query<{ class: PersonClass; user_id: string }>(
      `(SELECT 'consumer' AS class, c.consumer_user_id AS user_id FROM cases c
         WHERE c.status <> 'draft' ORDER BY random() LIMIT ${TURNS.consumer})
       UNION ALL
       (SELECT 'mediator', user_id FROM mediator_profiles ORDER BY user_id LIMIT ${TURNS.mediator})
       UNION ALL
       (SELECT 'representative', m.user_id FROM business_members m
         WHERE m.role = 'representative' AND m.removed_at IS NULL
           AND m.business_id = (SELECT business_id FROM cases GROUP BY business_id ORDER BY count(*) DESC LIMIT 1)
         ORDER BY m.user_id LIMIT ${TURNS.representative})`,
    );
    const sessions = await env.signIn([...new Set(rows.map((r) => r.user_id))]);
    const turns = (Object.keys(TURNS) as PersonClass[]).flatMap((personClass) =>
      turnsOf(
        rows.filter((r) => r.class === personClass).map((r) => r.user_id),
        TURNS[personClass],
      ),
    );
    return cycling(
      new Map(turns.map((userId, i) => [String(i), sessions.get(userId)!])),
      '/api/unread',
    );
  },
};
