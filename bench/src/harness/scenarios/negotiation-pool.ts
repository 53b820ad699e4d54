/**
 * qc cases in negotiation with a merchant in charge: proposals and the parties' thread are open.
 * With `awaitingMediation`, also the cases whose parties asked for a mediator and have none yet:
 * their thread is open to the same two parties (MSG-1), so a message there costs what it costs
 * in negotiation, and a small dataset gets enough authors to stay under SEC-28's limit.
 */
import type { ScenarioEnv } from '../scenario.js';

export interface NegotiationCase {
  readonly id: string;
  readonly consumer: string;
  readonly merchant: string;
  /** Whose turn it is to make the next proposal (QC-12 party_turn). */
  turn: 'consumer' | 'merchant';
}

/**
 * Up to `limit` random such cases, one per consumer (a consumer's messages count against one
 * limit, SEC-28, whatever the case); with `representatives`, only cases in the charge of that many
 * representatives drawn at random (so that a few listeners can be the other party of them all).
 */
export async function negotiationCases(
  env: ScenarioEnv,
  limit: number,
  options: { representatives?: number; awaitingMediation?: boolean } = {},
): Promise<NegotiationCase[]> {
  const { rows } = await env.db.query<{
    id: string;
    consumer_user_id: string;
    merchant_representative_user_id: string;
    author: string | null;
  }>(
    `WITH chosen AS (
       SELECT merchant_representative_user_id AS id FROM cases
        WHERE programme = 'qc' AND status = ANY($3) AND merchant_representative_user_id IS NOT NULL
        GROUP BY 1 ORDER BY random() LIMIT $2)
     SELECT c.id, c.consumer_user_id, c.merchant_representative_user_id,
            (SELECT p.author FROM proposals p WHERE p.case_id = c.id ORDER BY p.created_at DESC LIMIT 1) AS author
       FROM (SELECT DISTINCT ON (consumer_user_id) * FROM cases
              WHERE programme = 'qc' AND status = ANY($3) AND merchant_representative_user_id IS NOT NULL
                AND ($2::int IS NULL OR merchant_representative_user_id IN (SELECT id FROM chosen))
              ORDER BY consumer_user_id, random()) c
      ORDER BY random() LIMIT $1`,
    [
      limit,
      options.representatives ?? null,
      options.awaitingMediation ? ['negotiation', 'mediation_requested'] : ['negotiation'],
    ],
  );
  return rows.map((r) => ({
    id: r.id,
    consumer: r.consumer_user_id,
    merchant: r.merchant_representative_user_id,
    turn: r.author === 'merchant' ? 'consumer' : 'merchant',
  }));
}
