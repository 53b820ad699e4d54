/**
 * Read routes of the case page's tabs (QC-10 to QC-12): the summary, the proposals board and the
 * agreement a counter-proposal would produce. Thin: zod validates, `case-page-views.ts` reads;
 * strangers and staff get 404 (party content, STF-2).
 */
import { agreementTextView } from '@entente/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../auth/request-auth.js';
import {
  caseProposals,
  caseResume,
  participantReader,
  previewCaseAgreement,
  proposalsRead,
} from './case-page-views.js';
import { readableCaseOfRequest } from './case-queries.js';
import { caseIdParams } from './command-schemas.js';
import { agreementPreviewBody, caseProposalsView, caseResumeView } from './view-schemas.js';

const tags = ['cases'];

export const casePagesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/cases/:id/resume',
      { schema: { tags, params: caseIdParams, response: { 200: caseResumeView } } },
      async (request) => {
        const { user } = requireUser(request);
        return caseResume(ctx, await participantReader(ctx, user, request.params.id));
      },
    );

    app.get(
      '/api/cases/:id/proposals',
      {
        config: { sessionInRead: true },
        schema: { tags, params: caseIdParams, response: { 200: caseProposalsView } },
      },
      async (request) => {
        const { id } = request.params;
        const { reader, found } = await readableCaseOfRequest(ctx, request, id, proposalsRead);
        return caseProposals(ctx, reader, found);
      },
    );

    // POST only because the proposal travels in the body: nothing is written.
    app.post(
      '/api/cases/:id/agreement-preview',
      {
        schema: {
          tags,
          params: caseIdParams,
          body: agreementPreviewBody,
          response: { 200: agreementTextView },
        },
      },
      async (request) => {
        const { user } = requireUser(request);
        const reader = await participantReader(ctx, user, request.params.id);
        const text = await previewCaseAgreement(ctx, reader, request.body.content);
        return { ...text, parties: [...text.parties], solutions: [...text.solutions] };
      },
    );
  };
