/**
 * Consumer opens a case: the case page's reads in sequence — summary, history, proposals and
 * thread list — for random consumers on cases past the draft that have threads.
 */
import type { Scenario } from '../scenario.js';

export const consumerOpensCase: Scenario = {
  name: 'consumer opens a case (summary + events + proposals + threads)',
  kind: 'read',
  async prepare(env) {
    const { rows } = await env.db.query<{ id: string; consumer_user_id: string }>(
      `SELECT c.id, c.consumer_user_id FROM cases c
        WHERE c.status <> 'draft' AND EXISTS (SELECT 1 FROM message_threads t WHERE t.case_id = c.id)
        ORDER BY random() LIMIT 300`,
    );
    const sessions = await env.signIn(rows.map((r) => r.consumer_user_id));
    let next = 0;
    const step = (suffix: string, first = false) => ({
      // Reads never conflict: a plain round-robin spreads the load over the cases.
      setup: (context: Record<string, unknown>) => {
        if (first) context.row = rows[(next = (next + 1) % rows.length)];
        const row = context.row as (typeof rows)[number];
        return {
          path: `/api/cases/${row.id}${suffix}`,
          headers: sessions.get(row.consumer_user_id)!,
        };
      },
    });
    return { requests: [step('', true), step('/events'), step('/proposals'), step('/threads')] };
  },
};
