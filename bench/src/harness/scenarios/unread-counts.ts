/**
 * The header's unread counts (`GET /api/unread`), which every page of the web app asks for:
 * consumers with cases, every mediator (thousands of cases each at 1,000,000) and the large
 * business's representatives (who read its 50,000 cases' threads through the registry, ORG-2),
 * taken in turn.
 */
import { cycling, type Scenario } from '../scenario.js';

export const unreadCounts: Scenario = {
  name: 'header unread counts (consumers, mediators, large-business representatives)',
  kind: 'read',
  async prepare(env) {
    const { rows } = await env.db.query<{ user_id: string }>(
      `(SELECT c.consumer_user_id AS user_id FROM cases c WHERE c.status <> 'draft'
         ORDER BY random() LIMIT 200)
       UNION ALL
       (SELECT user_id FROM mediator_profiles)
       UNION ALL
       (SELECT m.user_id FROM business_members m
         WHERE m.role = 'representative' AND m.removed_at IS NULL
           AND m.business_id = (SELECT business_id FROM cases GROUP BY business_id ORDER BY count(*) DESC LIMIT 1))`,
    );
    return cycling(await env.signIn(rows.map((r) => r.user_id)), '/api/unread');
  },
};
