/**
 * QC-3 to QC-7 (draft wizard, preview, submission) and REP-1 to REP-3 (representatives). Thin:
 * zod validates the input, the use cases in `case-drafts.ts` and `representatives.ts` go
 * through `runCaseCommand`; strangers get 404 everywhere.
 */
import {
  activateRepresentationBody,
  agreementTextView,
  documentsDraftSchema,
  draftSavedView,
  draftView,
  partiesDraftSchema,
  problemDescriptionDraftSchema,
  proposalDraftSchema,
  representationActivatedView,
  representativeBody,
  representativeInvitedView,
  representativeRemovedView,
  submittedView,
  uuidParam,
} from '@entente/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requestLanguage } from '../../platform/language.js';
import { requireUser } from '../auth/request-auth.js';
import { previewAgreement, readDraft, saveDraftStep, submitDraft } from './case-drafts.js';
import { caseIdParams } from './command-schemas.js';
import {
  activateRepresentation,
  inviteRepresentative,
  removeRepresentative,
} from './representatives.js';

const tags = ['drafts'];
const saved = (caseId: string) => ({ ok: true as const, caseId });

export const draftsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/cases/:id/draft',
      { schema: { tags, params: caseIdParams, response: { 200: draftView } } },
      async (request) =>
        readDraft(ctx, requireUser(request).user, request.params.id, requestLanguage(request)),
    );

    app.put(
      '/api/cases/:id/draft/parties',
      {
        schema: {
          tags,
          params: caseIdParams,
          body: partiesDraftSchema,
          response: { 200: draftSavedView },
        },
      },
      async (request) => {
        const { user } = requireUser(request);
        await saveDraftStep(ctx, user, request.params.id, { step: 'parties', data: request.body });
        return saved(request.params.id);
      },
    );

    app.put(
      '/api/cases/:id/draft/description',
      {
        schema: {
          tags,
          params: caseIdParams,
          body: problemDescriptionDraftSchema,
          response: { 200: draftSavedView },
        },
      },
      async (request) => {
        const { user } = requireUser(request);
        await saveDraftStep(ctx, user, request.params.id, {
          step: 'problem_description',
          data: request.body,
        });
        return saved(request.params.id);
      },
    );

    app.put(
      '/api/cases/:id/draft/proposal',
      {
        schema: {
          tags,
          params: caseIdParams,
          body: proposalDraftSchema,
          response: { 200: draftSavedView },
        },
      },
      async (request) => {
        const { user } = requireUser(request);
        await saveDraftStep(ctx, user, request.params.id, { step: 'proposal', data: request.body });
        return saved(request.params.id);
      },
    );

    app.put(
      '/api/cases/:id/draft/documents',
      {
        schema: {
          tags,
          params: caseIdParams,
          body: documentsDraftSchema.optional(),
          response: { 200: draftSavedView },
        },
      },
      async (request) => {
        const { user } = requireUser(request);
        await saveDraftStep(ctx, user, request.params.id, { step: 'documents' });
        return saved(request.params.id);
      },
    );

    app.get(
      '/api/cases/:id/draft/preview',
      { schema: { tags, params: caseIdParams, response: { 200: agreementTextView } } },
      async (request) => {
        const { user } = requireUser(request);
        const text = await previewAgreement(ctx, user, request.params.id, requestLanguage(request));
        return { ...text, parties: [...text.parties], solutions: [...text.solutions] };
      },
    );

    app.post(
      '/api/cases/:id/submit',
      { schema: { tags, params: caseIdParams, response: { 200: submittedView } } },
      async (request) => {
        const { user } = requireUser(request);
        const { state, events, proposalId } = await submitDraft(
          ctx,
          user,
          request.params.id,
          requestLanguage(request),
        );
        return {
          id: state.caseId,
          caseNumber: state.caseNumber,
          status: state.status,
          version: state.revision,
          proposalId,
          events: events.map(({ seq, event }) => ({ seq, type: event.type })),
        };
      },
    );

    app.post(
      '/api/cases/:id/representatives',
      {
        schema: {
          tags,
          params: caseIdParams,
          body: representativeBody,
          response: { 201: representativeInvitedView },
        },
      },
      async (request, reply) => {
        const { user } = requireUser(request);
        const { applied, representativeId } = await inviteRepresentative(
          ctx,
          user,
          request.params.id,
          request.body,
          requestLanguage(request),
        );
        return reply.status(201).send({
          id: representativeId,
          caseId: applied.state.caseId,
          status: 'invited' as const,
        });
      },
    );

    app.delete(
      '/api/cases/:id/representatives/:repId',
      {
        schema: {
          tags,
          params: z.strictObject({ id: uuidParam, repId: uuidParam }),
          response: { 200: representativeRemovedView },
        },
      },
      async (request) => {
        const { user } = requireUser(request);
        const { state } = await removeRepresentative(
          ctx,
          user,
          request.params.id,
          request.params.repId,
        );
        return { ok: true as const, caseId: state.caseId, version: state.revision };
      },
    );

    app.post(
      '/api/representations/activate',
      {
        schema: {
          tags: ['representatives'],
          body: activateRepresentationBody,
          response: { 200: representationActivatedView },
        },
      },
      async (request) => activateRepresentation(ctx, requireUser(request).user, request.body),
    );
  };
