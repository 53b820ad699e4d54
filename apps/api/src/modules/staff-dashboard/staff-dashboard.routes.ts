/**
 * STF-1: `GET /api/staff/dashboard`, the office's view of open cases, deadlines, cases awaiting
 * a mediator, mediations past day 60 or overdue and the mediators' follow-up requests. Staff and
 * administrators only (404 to anyone else; ACC-7's second factor through `requireUserWith`).
 * The session is read in the dashboard's own statement (`sessionInRead`, ADR 0015).
 */
import { staffDashboardView } from '@entente/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { staffDashboard } from './dashboard-queries.js';

export const staffDashboardRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/staff/dashboard',
      {
        config: { sessionInRead: true },
        schema: { tags: ['staff'], response: { 200: staffDashboardView } },
      },
      async (request) => staffDashboard(ctx, request),
    );
  };
