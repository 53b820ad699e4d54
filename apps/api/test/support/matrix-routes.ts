/**
 * The policy of every case-scoped route (SEC-12): who may reach it on a case of business A, and
 * the request each persona sends. A persona outside the audience must get the 404 of a case that
 * does not exist (anonymous: 401); one inside gets a success or the engine's refusal for a state
 * or role reason (403, 409, 422), never 404. The inventory test fails when a case route of the
 * app has no row here.
 */
import type { ThreadKindName } from '@entente/contracts';
import * as fx from '../documents/fixtures.js';
import { REFUND } from './cases.js';
import {
  multipart,
  type CaseKey,
  type MatrixCase,
  type MatrixWorld,
  type Persona,
} from './matrix-world.js';

export type Audience = (persona: Persona, caseKey: CaseKey) => boolean;

export interface MatrixRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface MatrixRow {
  /** The route as the app's inventory names it. */
  readonly route: string;
  /** A label that tells rows of the same route apart (the thread kind). */
  readonly variant?: string;
  readonly audience: Audience;
  /** A status the route gives allowed personas for a state reason, besides the usual ones. */
  readonly alsoAllowed?: number;
  readonly request: (world: MatrixWorld, target: MatrixCase) => MatrixRequest;
}

const CONSUMER_SIDE: readonly Persona[] = ['consumer', 'consumerRepresentative'];
const BUSINESS_A: readonly Persona[] = [
  'respondent',
  'representativeInCharge',
  'representativeNotInCharge',
];
const STAFF: readonly Persona[] = ['staff', 'administrator'];

/** Full readers: both parties' people, and the mediator once assigned (mediation case only). */
export const participants: Audience = (p, c) =>
  CONSUMER_SIDE.includes(p) || BUSINESS_A.includes(p) || (p === 'mediator' && c === 'mediation');

/** Participants and staff (metadata readers, STF-2). */
export const caseReaders: Audience = (p, c) => participants(p, c) || STAFF.includes(p);

/** QC-20: a case's follow-up requests are its mediator's and the office's, never the parties'. */
export const followupReaders: Audience = (p, c) =>
  STAFF.includes(p) || (p === 'mediator' && c === 'mediation');

/**
 * MSG-1, QC-16, QC-18, SEC-14: the parties' thread is the consumer side's and the business's; the
 * mediation threads exist only once a mediator is assigned; a private thread is the mediator's
 * and that one side's. Staff read none.
 */
export function threadReaders(kind: ThreadKindName): Audience {
  return (p, c) => threadExists(kind, c) && threadSidesHold(kind)(p, c);
}

/** Threads with messages in the matrix world: the mediation ones exist only in mediation. */
const threadExists = (kind: ThreadKindName, c: CaseKey) => kind === 'parties' || c === 'mediation';

/**
 * Whose thread it is, whether or not it has started: posting in a thread of one's own side that
 * is not open yet is the engine's 409 `thread_not_open`, not a 404.
 */
export function threadSidesHold(kind: ThreadKindName): Audience {
  return (p, c) => {
    const consumer = CONSUMER_SIDE.includes(p);
    const business = BUSINESS_A.includes(p);
    const mediator = p === 'mediator' && c === 'mediation';
    if (kind === 'parties') return consumer || business;
    if (kind === 'mediation') return consumer || business || mediator;
    if (kind === 'mediator_consumer') return consumer || mediator;
    return business || mediator;
  };
}

const base = (target: MatrixCase) => `/api/cases/${target.id}`;
const get =
  (path: string) =>
  (_: MatrixWorld, target: MatrixCase): MatrixRequest => ({
    method: 'GET',
    url: `${base(target)}${path}`,
  });
const send =
  (method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) =>
  (_: MatrixWorld, target: MatrixCase): MatrixRequest => ({
    method,
    url: `${base(target)}${path}`,
    ...(body === undefined ? {} : { body }),
  });

const THREAD_KINDS: readonly ThreadKindName[] = [
  'parties',
  'mediation',
  'mediator_consumer',
  'mediator_business',
];

function threadRows(): MatrixRow[] {
  return THREAD_KINDS.flatMap((kind): MatrixRow[] => [
    {
      route: 'GET /api/cases/:id/threads/:kind/messages',
      variant: kind,
      audience: threadReaders(kind),
      request: get(`/threads/${kind}/messages`),
    },
    {
      route: 'POST /api/cases/:id/threads/:kind/messages',
      variant: kind,
      audience: threadSidesHold(kind),
      request: send('POST', `/threads/${kind}/messages`, { body: 'Question de la matrice.' }),
    },
    {
      route: 'POST /api/cases/:id/threads/:kind/read',
      variant: kind,
      audience: threadReaders(kind),
      request: send('POST', `/threads/${kind}/read`, { upTo: 1 }),
    },
  ]);
}

/** Every row; the document deletion comes last (its owner's success removes the document). */
export const MATRIX_ROWS: readonly MatrixRow[] = [
  { route: 'GET /api/cases/:id', audience: caseReaders, request: get('') },
  { route: 'GET /api/cases/:id/events', audience: caseReaders, request: get('/events') },
  { route: 'GET /api/cases/:id/actions', audience: caseReaders, request: get('/actions') },
  {
    route: 'POST /api/cases/:id/commands',
    audience: caseReaders,
    // A proposal that does not exist: refused by the engine for everyone who may see the case.
    request: (world, target) =>
      send('POST', '/commands', {
        type: 'accept_proposal',
        proposalId: crypto.randomUUID(),
        version: 1,
      })(world, target),
  },
  { route: 'GET /api/cases/:id/resume', audience: participants, request: get('/resume') },
  { route: 'GET /api/cases/:id/proposals', audience: participants, request: get('/proposals') },
  {
    route: 'POST /api/cases/:id/agreement-preview',
    audience: participants,
    request: send('POST', '/agreement-preview', { content: REFUND }),
  },
  { route: 'GET /api/cases/:id/draft', audience: participants, request: get('/draft') },
  {
    route: 'PUT /api/cases/:id/draft/parties',
    audience: participants,
    request: send('PUT', '/draft/parties', {}),
  },
  {
    route: 'PUT /api/cases/:id/draft/description',
    audience: participants,
    request: send('PUT', '/draft/description', {}),
  },
  {
    route: 'PUT /api/cases/:id/draft/proposal',
    audience: participants,
    request: send('PUT', '/draft/proposal', {}),
  },
  {
    route: 'PUT /api/cases/:id/draft/documents',
    audience: participants,
    request: send('PUT', '/draft/documents', {}),
  },
  {
    route: 'GET /api/cases/:id/draft/preview',
    audience: participants,
    // QC-7: a submitted case has no draft proposal left to preview (400 `draft_incomplete`).
    alsoAllowed: 400,
    request: get('/draft/preview'),
  },
  { route: 'POST /api/cases/:id/submit', audience: participants, request: send('POST', '/submit') },
  {
    route: 'POST /api/cases/:id/representatives',
    audience: caseReaders,
    request: send('POST', '/representatives', {
      firstName: 'Paul',
      lastName: 'Mandataire',
      relationship: 'Fils',
      email: 'paul.mandataire@example.org',
      consent: true,
      notALawyer: true,
      atLeast18: true,
    }),
  },
  {
    route: 'DELETE /api/cases/:id/representatives/:repId',
    audience: caseReaders,
    // Not the active representative: removing them would change the audience of later rows.
    request: (world, target) =>
      send('DELETE', `/representatives/${crypto.randomUUID()}`)(world, target),
  },
  {
    route: 'POST /api/cases/:id/documents',
    audience: participants,
    request: (_, target) => {
      const { payload, headers } = multipart('releve.pdf', fx.pdf());
      return { method: 'POST', url: `${base(target)}/documents`, body: payload, headers };
    },
  },
  { route: 'GET /api/cases/:id/documents', audience: participants, request: get('/documents') },
  {
    route: 'GET /api/cases/:id/documents/:docId/download',
    audience: participants,
    request: (world, target) => get(`/documents/${target.documentId}/download`)(world, target),
  },
  { route: 'GET /api/cases/:id/summary.pdf', audience: participants, request: get('/summary.pdf') },
  { route: 'GET /api/cases/:id/threads', audience: participants, request: get('/threads') },
  {
    route: 'POST /api/cases/:id/followups',
    // Readers who are not the case's mediator get the 403 of their role, not a 404.
    audience: caseReaders,
    request: send('POST', '/followups', { party: 'consumer', message: 'Relance de la matrice.' }),
  },
  { route: 'GET /api/cases/:id/followups', audience: followupReaders, request: get('/followups') },
  ...threadRows(),
  {
    route: 'DELETE /api/cases/:id/documents/:docId',
    audience: participants,
    request: (world, target) =>
      send('DELETE', `/documents/${target.deletableDocumentId}`)(world, target),
  },
];

/** Case-scoped routes: everything under a case, document, thread or message id. */
export const isCaseScoped = (route: string) =>
  /^\S+ \/api\/cases\/:id\//.test(route) || /^\S+ \/api\/cases\/:id$/.test(route);
