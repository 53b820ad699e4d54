/** Calls of the messaging centre (apps/api modules/messages). Types only: no zod here. */
import type {
  MessageView,
  MessagesPage,
  ThreadKindName,
  ThreadsResponse,
} from '@entente/contracts';
import { api } from '../../../api/client';

const enc = encodeURIComponent;
const base = (caseId: string, kind: ThreadKindName) =>
  `/api/cases/${enc(caseId)}/threads/${enc(kind)}`;

export const messagesApi = {
  threads: (caseId: string) => api.get<ThreadsResponse>(`/api/cases/${enc(caseId)}/threads`),
  page: (caseId: string, kind: ThreadKindName, before?: number) =>
    api.get<MessagesPage>(
      `${base(caseId, kind)}/messages?limit=30${before === undefined ? '' : `&before=${before}`}`,
    ),
  post: (caseId: string, kind: ThreadKindName, body: string) =>
    api.post<MessageView>(`${base(caseId, kind)}/messages`, { body }),
  markRead: (caseId: string, kind: ThreadKindName, upTo: number) =>
    api.post<{ ok: true }>(`${base(caseId, kind)}/read`, { upTo }),
};
