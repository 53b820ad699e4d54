import type { MemberRequestBody, MyBusinesses } from '@entente/contracts';
import { api } from './client';

/** ORG-1: "Mon entreprise" and the respondent's requests to the office (apps/api businesses). */
export const myBusinessesKey = ['merchant', 'businesses'] as const;

export const myBusinessApi = {
  list: () => api.get<MyBusinesses>('/api/merchant/businesses'),
  request: (businessId: string, body: MemberRequestBody) =>
    api.post<{ ok: true }>(
      `/api/businesses/${encodeURIComponent(businessId)}/member-requests`,
      body,
    ),
};
