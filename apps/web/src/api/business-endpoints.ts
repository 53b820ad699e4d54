import type {
  ActivationBody,
  ActivationInfo,
  BusinessCreateBody,
  BusinessList,
  BusinessView,
  MemberBody,
  MemberView,
  MerchantCaseList,
} from '@entente/contracts';
import { api } from './client';

/** ORG-1, ACC-3 and the merchant's "Mes dossiers" (apps/api businesses and activation modules). */
const enc = encodeURIComponent;

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Query key of one business (its page and its members). */
export const businessKey = (id: string) => ['businesses', id] as const;

export const businessesApi = {
  list: (params: { programme?: string; q?: string; participating?: 'true'; after?: string }) =>
    api.get<BusinessList>(`/api/staff/businesses${query(params)}`),
  get: (id: string) => api.get<BusinessView>(`/api/businesses/${enc(id)}`),
  create: (body: BusinessCreateBody) => api.post<BusinessView>('/api/staff/businesses', body),
  addMember: (id: string, body: MemberBody) =>
    api.post<MemberView>(`/api/businesses/${enc(id)}/members`, body),
  removeMember: (id: string, role: string, userId: string) =>
    api.delete<{ ok: true }>(`/api/businesses/${enc(id)}/members/${enc(role)}/${enc(userId)}`),
};

export const activationApi = {
  lookup: (token: string) => api.post<ActivationInfo>('/api/activation/lookup', { token }),
  activate: (body: ActivationBody) =>
    api.post<{ ok: true; email: string }>('/api/activation', body),
};

export const merchantCasesApi = {
  list: (params: { filter: string; status?: string; assigned?: string; after?: string }) =>
    api.get<MerchantCaseList>(`/api/merchant/cases${query(params)}`),
};
