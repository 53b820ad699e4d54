/**
 * Merchant representative lists "Mes dossiers" of the very large business: the first page, and
 * a deep page reached by key (the `after` cursor followed 199 times before measuring).
 */
import { cursorOfPage } from '../cursor.js';
import { cycling, type Scenario, type ScenarioEnv } from '../scenario.js';

async function largeBusinessRepresentatives(env: ScenarioEnv) {
  const { rows } = await env.db.query<{ user_id: string }>(
    `SELECT m.user_id FROM business_members m
      WHERE m.role = 'representative' AND m.removed_at IS NULL
        AND m.business_id = (SELECT business_id FROM cases GROUP BY business_id ORDER BY count(*) DESC LIMIT 1)`,
  );
  return env.signIn(rows.map((r) => r.user_id));
}

export const merchantListFirstPage: Scenario = {
  name: 'merchant lists Mes dossiers, large business, first page',
  kind: 'read',
  async prepare(env) {
    return cycling(await largeBusinessRepresentatives(env), '/api/merchant/cases');
  },
};

export const merchantListPage200: Scenario = {
  name: 'merchant lists Mes dossiers, large business, page 200 by key',
  kind: 'read',
  async prepare(env) {
    const sessions = await largeBusinessRepresentatives(env);
    const headers = [...sessions.values()][0]!;
    const { cursor, page } = await cursorOfPage(async (after) => {
      const query = after === null ? '' : `?after=${encodeURIComponent(after)}`;
      return (await env.getJson(`/api/merchant/cases${query}`, headers)) as { next: string | null };
    }, 200);
    if (page < 200) console.log(`  (the business has only ${page} pages: measuring page ${page})`);
    const path =
      cursor === null
        ? '/api/merchant/cases'
        : `/api/merchant/cases?after=${encodeURIComponent(cursor)}`;
    return cycling(sessions, path);
  },
};
