import type {
  MediatorCreateBody,
  MediatorList,
  MediatorSelfView,
  MediatorUpdateBody,
  MediatorView,
  UnavailabilityBody,
} from '@entente/contracts';
import { api } from './client';

/** MDR-1: the mediator registry (staff) and the mediator's own file (apps/api mediators module). */
const enc = encodeURIComponent;

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Query key of one mediator's staff page. */
export const mediatorKey = (id: string) => ['staff', 'mediators', id] as const;
/** Query key of the signed-in mediator's own file. */
export const ownMediatorKey = ['mediator', 'profile'] as const;

const staffPath = (id: string) => `/api/staff/mediators/${enc(id)}`;

export const mediatorsApi = {
  list: (params: { programme?: string; q?: string; after?: string }) =>
    api.get<MediatorList>(`/api/staff/mediators${query(params)}`),
  get: (id: string) => api.get<MediatorView>(staffPath(id)),
  create: (body: MediatorCreateBody) => api.post<MediatorView>('/api/staff/mediators', body),
  update: (id: string, body: MediatorUpdateBody) => api.patch<MediatorView>(staffPath(id), body),
  resendActivation: (id: string) => api.post<{ ok: true }>(`${staffPath(id)}/activation`, {}),
  addAbsence: (id: string, body: UnavailabilityBody) =>
    api.post<MediatorView>(`${staffPath(id)}/unavailability`, body),
  removeAbsence: (id: string, periodId: string) =>
    api.delete<MediatorView>(`${staffPath(id)}/unavailability/${enc(periodId)}`),
};

export const ownMediatorApi = {
  get: () => api.get<MediatorSelfView>('/api/mediator/profile'),
  addAbsence: (body: UnavailabilityBody) =>
    api.post<MediatorSelfView>('/api/mediator/profile/unavailability', body),
  removeAbsence: (periodId: string) =>
    api.delete<MediatorSelfView>(`/api/mediator/profile/unavailability/${enc(periodId)}`),
};
