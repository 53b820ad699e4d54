import type {
  CaseFollowups,
  FollowupBody,
  FollowupList,
  FollowupView,
  MediationQueue,
  MediatorSuggestions,
  StaffDashboard,
} from '@entente/contracts';
import { api } from './client';

/**
 * Issue 6 items 3 and 8, STF-1 (apps/api mediation and staff-dashboard modules): the mediation
 * queue, the mediator suggestions, the assignment (the case's `assign_mediator` command), the
 * follow-up requests ("relance") and the staff dashboard.
 */
const enc = encodeURIComponent;
const after = (cursor: string | undefined) => (cursor ? `&after=${enc(cursor)}` : '');

export const mediationKeys = {
  queue: ['staff', 'mediation-queue'] as const,
  suggestions: (caseId: string) => ['staff', 'mediator-suggestions', caseId] as const,
  dashboard: ['staff', 'dashboard'] as const,
  caseFollowups: (caseId: string) => ['cases', 'followups', caseId] as const,
};

export const mediationApi = {
  queue: (cursor?: string) =>
    api.get<MediationQueue>(`/api/staff/mediation-queue?limit=20${after(cursor)}`),
  suggestions: (caseId: string) =>
    api.get<MediatorSuggestions>(`/api/staff/cases/${enc(caseId)}/mediator-suggestions`),
  assign: (caseId: string, mediatorUserId: string) =>
    api.post<{ status: string }>(`/api/cases/${enc(caseId)}/commands`, {
      type: 'assign_mediator',
      mediatorUserId,
    }),
  dashboard: () => api.get<StaffDashboard>('/api/staff/dashboard'),
  staffFollowups: (status: 'open' | 'all', cursor?: string) =>
    api.get<FollowupList>(`/api/staff/followups?status=${status}${after(cursor)}`),
  resolve: (id: string, resolution: string) =>
    api.post<FollowupView>(`/api/staff/followups/${enc(id)}/resolve`, { resolution }),
  caseFollowups: (caseId: string) => api.get<CaseFollowups>(`/api/cases/${enc(caseId)}/followups`),
  requestFollowup: (caseId: string, body: FollowupBody) =>
    api.post<FollowupView>(`/api/cases/${enc(caseId)}/followups`, body),
};
