/**
 * Case routes: thin. Each validates its input with zod, asks `requireUser` (ACC-7: privileged
 * users without TOTP get 403 `mfa_required`), and hands over to the use cases.
 */
import { randomUUID } from 'node:crypto';
import type { Command } from '@entente/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { AppError } from '../../platform/errors.js';
import { requestLanguage } from '../../platform/language.js';
import { requireUser } from '../auth/request-auth.js';
import { assertAssignableMediator } from '../mediation/assignment-check.js';
import {
  caseActions,
  historyFrom,
  historyRead,
  listMyCases,
  readableCase,
  readableCaseOfRequest,
} from './case-queries.js';
import { caseSummary, summaryRead } from './case-views.js';
import {
  caseCommandBody,
  caseIdParams,
  caseListQuery,
  openCaseBody,
  type CaseCommandBody,
} from './command-schemas.js';
import { openCase } from './open-case.js';
import { runCaseCommand } from './run-case-command.js';
import {
  caseActionsView,
  caseHistoryView,
  caseListView,
  caseSummaryView,
  commandResultView,
  openedCaseView,
} from './view-schemas.js';

const tags = ['cases'];

/** The engine's command, with the identifiers of new things chosen here (never by the client). */
function toCommand(body: CaseCommandBody): { command: Command; createdId: string | null } {
  switch (body.type) {
    case 'submit_case':
    case 'make_proposal':
    case 'propose_solution': {
      const proposalId = randomUUID();
      return { command: { ...body, proposalId }, createdId: proposalId };
    }
    default:
      return { command: body, createdId: null };
  }
}

export const casesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/cases',
      { schema: { tags, body: openCaseBody, response: { 201: openedCaseView } } },
      async (request, reply) => {
        const { user } = requireUser(request);
        // QC-1/QC-2: a qc case exists only through an office intake's access code.
        if (request.body.programme === 'qc') throw new AppError(422, 'access_code_required');
        const { state } = await openCase(ctx, user, request.body);
        return reply.status(201).send({
          id: state.caseId,
          caseNumber: state.caseNumber,
          programme: state.programme,
          status: state.status,
          version: state.revision,
        });
      },
    );

    app.get(
      '/api/cases',
      { schema: { tags, querystring: caseListQuery, response: { 200: caseListView } } },
      async (request) => listMyCases(ctx, requireUser(request).user, request.query),
    );

    app.get(
      '/api/cases/:id',
      {
        config: { sessionInRead: true },
        schema: { tags, params: caseIdParams, response: { 200: caseSummaryView } },
      },
      async (request) => {
        const { id } = request.params;
        const { reader, found } = await readableCaseOfRequest(ctx, request, id, summaryRead);
        return caseSummary(ctx, reader, found);
      },
    );

    app.get(
      '/api/cases/:id/events',
      {
        config: { sessionInRead: true },
        schema: { tags, params: caseIdParams, response: { 200: caseHistoryView } },
      },
      async (request) => {
        const { id } = request.params;
        const { reader, found } = await readableCaseOfRequest(ctx, request, id, historyRead);
        return historyFrom(reader, found, requestLanguage(request));
      },
    );

    app.get(
      '/api/cases/:id/actions',
      { schema: { tags, params: caseIdParams, response: { 200: caseActionsView } } },
      async (request) => {
        const { user } = requireUser(request);
        const reader = await readableCase(ctx, user, request.params.id);
        return caseActions(ctx, reader, requestLanguage(request));
      },
    );

    app.post(
      '/api/cases/:id/commands',
      {
        schema: {
          tags,
          params: caseIdParams,
          body: caseCommandBody,
          response: { 200: commandResultView },
        },
      },
      async (request) => {
        const { user } = requireUser(request);
        // MDR-1: only a registered mediator who is not away today (mediation module).
        if (request.body.type === 'assign_mediator') {
          const { id } = request.params;
          const lang = requestLanguage(request);
          await assertAssignableMediator(ctx, user, id, request.body.mediatorUserId, lang);
        }
        const { command, createdId } = toCommand(request.body);
        const { state, events } = await runCaseCommand(ctx, {
          caseId: request.params.id,
          actorUser: user,
          command,
          lang: requestLanguage(request),
        });
        return {
          id: state.caseId,
          version: state.revision,
          status: state.status,
          outcome: state.closure?.outcome ?? null,
          events: events.map(({ seq, event }) => ({ seq, type: event.type })),
          createdId,
        };
      },
    );
  };
