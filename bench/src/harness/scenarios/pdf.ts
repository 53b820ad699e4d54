/**
 * PDF generation through HTTP (issue 7). The agreement PDF (QC-13) is rendered once, when the
 * acceptance that reaches the agreement closes the case: `fileAgreementIfReached` renders it
 * and files it under the case's Documents in the acceptance's own transaction. So the honest
 * measurement of its generation is that request: a party accepts the other side's open
 * proposal on a qc case in negotiation, which closes the case with an agreement. Each case can
 * be closed once, so this scenario consumes cases (see docs/performance.md); it runs after the
 * scenarios that need cases in negotiation.
 *
 * Two more PDF requests: downloading an agreement filed that way (what parties do afterwards;
 * the generated dataset's documents have no bytes, so only agreements filed by the scenario
 * above are used), and the case summary (DOC-3), the one PDF rendered on every request.
 */
import { acceptableTarget, currentVersion, type CaseState } from '@entente/domain';
import type { Scenario } from '../scenario.js';

/** More than a run at 50 connections closes on this machine (about 60-170 per second). */
const ACCEPT_POOL = 3000;
/**
 * SEC-28 allows 10 summaries per person per 10 minutes: readers take turns, so a run stays
 * under the limit up to 30,000 requests.
 */
const SUMMARY_READERS = 3000;

export const agreementOnAcceptance: Scenario = {
  name: 'agreement PDF: a party accepts, the case closes, the PDF is rendered and filed',
  kind: 'pdf',
  async prepare(env) {
    const { rows } = await env.db.query<{
      id: string;
      consumer_user_id: string;
      merchant_representative_user_id: string;
      state: CaseState;
    }>(
      `SELECT id, consumer_user_id, merchant_representative_user_id, state FROM cases
        WHERE programme = 'qc' AND status = 'negotiation' AND merchant_representative_user_id IS NOT NULL
        ORDER BY random() LIMIT $1`,
      [ACCEPT_POOL],
    );
    // The engine's own choice of the proposal a party may accept (QC-12: the other side's latest).
    const cases = rows.flatMap((row) => {
      const proposal = acceptableTarget(row.state);
      if (proposal === undefined || proposal.status !== 'open' || proposal.author === 'mediator') {
        return [];
      }
      const acceptor =
        proposal.author === 'consumer' ? row.merchant_representative_user_id : row.consumer_user_id;
      const command = {
        type: 'accept_proposal',
        proposalId: proposal.proposalId,
        version: currentVersion(proposal),
      };
      return [{ id: row.id, acceptor, body: JSON.stringify(command) }];
    });
    if (cases.length === 0) throw new Error('no qc case in negotiation with an open proposal');
    const sessions = await env.signIn(cases.map((c) => c.acceptor));
    let next = 0;
    return {
      requests: [
        {
          method: 'POST',
          // Each case closes once: when none is left (a small dataset) the run ends there, and
          // its rate is over the seconds it lasted.
          setup: () => {
            const item = cases[next++];
            if (!item) return null;
            return {
              path: `/api/cases/${item.id}/commands`,
              headers: sessions.get(item.acceptor)!,
              body: item.body,
            };
          },
        },
      ],
      async finish() {
        const left = Math.max(0, cases.length - next);
        console.log(`  (${Math.min(next, cases.length)} cases closed; ${left} left in the pool)`);
        return null;
      },
    };
  },
};

export const agreementDownload: Scenario = {
  name: 'agreement PDF download (filed at closing)',
  kind: 'pdf',
  async prepare(env) {
    const { rows } = await env.db.query<{ case_id: string; id: string; consumer_user_id: string }>(
      `SELECT d.case_id, d.id, c.consumer_user_id FROM case_documents d JOIN cases c ON c.id = d.case_id
        WHERE d.kind = 'agreement' AND d.system ORDER BY random() LIMIT 1000`,
    );
    if (rows.length === 0) {
      throw new Error('no agreement filed yet: run the agreement scenario first');
    }
    const sessions = await env.signIn(rows.map((r) => r.consumer_user_id));
    let next = 0;
    return {
      requests: [
        {
          setup: () => {
            const row = rows[(next = (next + 1) % rows.length)]!;
            return {
              path: `/api/cases/${row.case_id}/documents/${row.id}/download`,
              headers: sessions.get(row.consumer_user_id)!,
            };
          },
        },
      ],
    };
  },
};

export const summaryPdf: Scenario = {
  name: 'case summary PDF, rendered per request',
  kind: 'pdf',
  async prepare(env) {
    // One case per consumer, so that the readers' limits are independent of each other.
    const { rows } = await env.db.query<{ id: string; consumer_user_id: string }>(
      `SELECT DISTINCT ON (consumer_user_id) id, consumer_user_id FROM cases
        WHERE status NOT IN ('draft') AND id IN (SELECT id FROM cases ORDER BY random() LIMIT $1)`,
      [SUMMARY_READERS * 2],
    );
    const readers = rows.slice(0, SUMMARY_READERS);
    if (readers.length === 0) throw new Error('no submitted case: generate a dataset first');
    const sessions = await env.signIn(readers.map((r) => r.consumer_user_id));
    let next = 0;
    return {
      requests: [
        {
          setup: () => {
            const item = readers[(next = (next + 1) % readers.length)]!;
            return {
              path: `/api/cases/${item.id}/summary.pdf`,
              headers: { ...sessions.get(item.consumer_user_id)!, 'accept-language': 'fr' },
            };
          },
        },
      ],
    };
  },
};
