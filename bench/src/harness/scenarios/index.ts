/**
 * The scenarios `npm run bench` runs, in order. The agreement scenario closes the cases it
 * uses, so it comes after every scenario that needs cases in negotiation; the download of the
 * agreements it filed comes right after it.
 */
import type { Scenario } from '../scenario.js';
import { casePageFloor, consumerOpensCase } from './consumer-opens-case.js';
import { counterProposal } from './counter-proposal.js';
import { merchantListFirstPage, merchantListPage200 } from './merchant-case-list.js';
import { agreementDownload, agreementOnAcceptance, summaryPdf } from './pdf.js';
import { postMessage } from './post-message.js';
import { mediationQueue, staffDashboard } from './staff.js';
import { unreadCounts } from './unread-counts.js';

export const SCENARIOS: readonly Scenario[] = [
  consumerOpensCase,
  casePageFloor,
  merchantListFirstPage,
  merchantListPage200,
  unreadCounts,
  staffDashboard,
  mediationQueue,
  postMessage,
  counterProposal,
  summaryPdf,
  agreementOnAcceptance,
  agreementDownload,
];
