/**
 * Consumer opens a case: the case page's reads in sequence — summary, history, proposals and
 * thread list — for random consumers on cases past the draft that have threads.
 */
import type { Scenario } from '../scenario.js';

/** The case page's four reads of random consumers' cases, at `pathOf(caseId, tab)`. */
function casePageReads(
  name: string,
  pathOf: (caseId: string, tab: Tab) => string,
  diagnostic = false,
): Scenario {
  return {
    name,
    kind: 'read',
    diagnostic,
    async prepare(env) {
      const { rows } = await env.db.query<{ id: string; consumer_user_id: string }>(
        `SELECT c.id, c.consumer_user_id FROM cases c
          WHERE c.status <> 'draft' AND EXISTS (SELECT 1 FROM message_threads t WHERE t.case_id = c.id)
          ORDER BY random() LIMIT 300`,
      );
      const sessions = await env.signIn(rows.map((r) => r.consumer_user_id));
      let next = 0;
      const step = (tab: Tab) => ({
        // Reads never conflict: a plain round-robin spreads the load over the cases.
        setup: (context: Record<string, unknown>) => {
          if (tab === 'summary') context.row = rows[(next = (next + 1) % rows.length)];
          const row = context.row as (typeof rows)[number];
          return { path: pathOf(row.id, tab), headers: sessions.get(row.consumer_user_id)! };
        },
      });
      return { requests: TABS.map(step) };
    },
  };
}

const TABS = ['summary', 'events', 'proposals', 'threads'] as const;
type Tab = (typeof TABS)[number];

export const consumerOpensCase = casePageReads(
  'consumer opens a case (summary + events + proposals + threads)',
  (caseId, tab) => `/api/cases/${caseId}${tab === 'summary' ? '' : `/${tab}`}`,
);

/**
 * The same four reads through the bench server's floor route (`server.ts`): each read's own
 * statement, answered with one line. Not a product scenario: the SELECT ceiling with the case
 * page's statements instead of a one-row SELECT; the gap between it and the case page is the
 * API's work on top of its statements and the answers' bytes.
 */
export const casePageFloor = casePageReads(
  "floor: the case page's four statements alone (bench route: no views, one-line answers)",
  (caseId, tab) => `/bench/floor/cases/${caseId}/${tab}`,
  true,
);
