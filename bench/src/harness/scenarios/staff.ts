/**
 * The office's screens (STF-1, issue 6 item 3), read by its staff and administrator with
 * TOTP-verified sessions (ACC-7): the dashboard — open-case counts by programme and status,
 * cases awaiting a mediator, deadlines of the next 7 days and past ones, mediations past day 60
 * or overdue, open follow-up requests — and the first page of the mediation queue.
 */
import { cycling, type Scenario, type ScenarioEnv } from '../scenario.js';

async function staffSessions(env: ScenarioEnv) {
  const { rows } = await env.db.query<{ id: string }>(
    `SELECT id FROM users WHERE roles && ARRAY['staff', 'administrator'] AND disabled_at IS NULL`,
  );
  return env.signIn(rows.map((r) => r.id));
}

export const staffDashboard: Scenario = {
  name: 'staff dashboard (counts, deadlines, overdue and follow-up lists)',
  kind: 'read',
  async prepare(env) {
    return cycling(await staffSessions(env), '/api/staff/dashboard');
  },
};

export const mediationQueue: Scenario = {
  name: 'staff mediation queue, first page',
  kind: 'read',
  async prepare(env) {
    return cycling(await staffSessions(env), '/api/staff/mediation-queue');
  },
};
