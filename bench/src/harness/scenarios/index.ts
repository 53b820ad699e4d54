/**
 * The scenarios `npm run bench` runs, in order. Not here yet because the API has no route for
 * them: staff dashboard counts and overdue lists, agreement PDF generation (issue 7 item 2).
 */
import type { Scenario } from '../scenario.js';
import { consumerOpensCase } from './consumer-opens-case.js';
import { counterProposal } from './counter-proposal.js';
import { merchantListFirstPage, merchantListPage200 } from './merchant-case-list.js';
import { postMessage } from './post-message.js';

export const SCENARIOS: readonly Scenario[] = [
  consumerOpensCase,
  merchantListFirstPage,
  merchantListPage200,
  postMessage,
  counterProposal,
];
