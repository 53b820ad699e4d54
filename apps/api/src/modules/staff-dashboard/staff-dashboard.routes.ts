/**
 * STF-1: `GET /api/staff/dashboard`, the office's view of open cases, deadlines, cases awaiting
 * a mediator, mediations past day 60 or overdue and the mediators' follow-up requests. Staff and
 * administrators only (404 to anyone else; ACC-7's second factor through `requireUser`).
 */
import { staffDashboardView } from '@entente/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { requireStaff } from '../mediation/mediation.routes.js';
import { staffDashboard } from './dashboard-queries.js';

export const staffDashboardRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/staff/dashboard',
      { schema: { tags: ['staff'], response: { 200: staffDashboardView } } },
      async (request) => {
        requireStaff(request);
        return staffDashboard(ctx.database.db, ctx.clock.now());
      },
    );
  };
