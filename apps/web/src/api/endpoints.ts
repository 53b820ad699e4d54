import type {
  Challenge,
  CurrentTerms,
  MailboxMessage,
  MailboxSummary,
  Me,
  Profile,
  PublicSettings,
  RegisterBody,
  SessionState,
  SessionSummary,
  TotpSetup,
  VerifyResult,
} from '@entente/contracts';
import type {
  CaseFilter,
  CaseList,
  CaseSummary,
  CaseCommand,
  CommandResult,
  FromAccessCodeBody,
  Intake,
  IntakeBody,
  IntakeList,
  IntakeStatus,
  OpenedFromCode,
} from './case-types';
import { api } from './client';

/** Typed calls to the API (routes as agreed with apps/api). Types only: no zod in the shell. */

type Ok = { ok: true };
const enc = encodeURIComponent;

export const publicApi = {
  settings: () => api.get<PublicSettings>('/api/settings/public'),
  terms: () => api.get<CurrentTerms>('/api/terms/current'),
};

export const authApi = {
  session: () => api.get<SessionState>('/api/auth/session'),
  extend: () => api.post<SessionState>('/api/auth/session/extend'),
  register: (body: RegisterBody) => api.post<Challenge>('/api/auth/register', body),
  verifyRegistration: (challengeId: string, code: string) =>
    api.post<SessionState>('/api/auth/register/verify', { challengeId, code }),
  login: (email: string, password: string) =>
    api.post<Challenge>('/api/auth/login', { email, password }),
  sendCode: (challengeId: string) =>
    api.post<Challenge>(`/api/auth/challenges/${enc(challengeId)}/code`),
  verifyCode: (challengeId: string, code: string) =>
    api.post<VerifyResult>(`/api/auth/challenges/${enc(challengeId)}/verify`, { code }),
  verifyTotp: (challengeId: string, code: string) =>
    api.post<VerifyResult>(`/api/auth/challenges/${enc(challengeId)}/totp`, { code }),
  logout: () => api.post<Ok>('/api/auth/logout'),
  forgotPassword: (email: string) => api.post<Ok>('/api/auth/password/forgot', { email }),
  resetPassword: (token: string, password: string) =>
    api.post<Ok>('/api/auth/password/reset', { token, password }),
  totpSetup: () => api.post<TotpSetup>('/api/auth/totp/setup'),
  totpConfirm: (code: string) => api.post<SessionState>('/api/auth/totp/confirm', { code }),
};

export const accountApi = {
  profile: () => api.get<Me>('/api/account/profile'),
  updateProfile: (profile: Profile) => api.patch<Me>('/api/account/profile', profile),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<Ok>('/api/account/password', { currentPassword, newPassword }),
  sessions: () => api.get<{ sessions: SessionSummary[] }>('/api/account/sessions'),
  endSession: (id: string) => api.delete<Ok>(`/api/account/sessions/${enc(id)}`),
};

export const mailboxApi = {
  list: () => api.get<{ messages: MailboxSummary[] }>('/api/mailbox'),
  message: (id: string) => api.get<MailboxMessage>(`/api/mailbox/${enc(id)}`),
};

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const casesApi = {
  list: (filter: CaseFilter, after?: string) =>
    api.get<CaseList>(`/api/cases${query({ filter, after })}`),
  summary: (id: string) => api.get<CaseSummary>(`/api/cases/${enc(id)}`),
  /** What the signed-in person may do on the case now (action names of the engine). */
  actions: (id: string) => api.get<{ actions: string[] }>(`/api/cases/${enc(id)}/actions`),
  command: (id: string, body: CaseCommand) =>
    api.post<CommandResult>(`/api/cases/${enc(id)}/commands`, body),
  fromAccessCode: (body: FromAccessCodeBody) =>
    api.post<OpenedFromCode>('/api/cases/from-access-code', body),
};

export const intakesApi = {
  list: (status: IntakeStatus | undefined, after?: string) =>
    api.get<IntakeList>(`/api/staff/intakes${query({ status, after })}`),
  get: (id: string) => api.get<Intake>(`/api/staff/intakes/${enc(id)}`),
  create: (body: IntakeBody) => api.post<Intake>('/api/staff/intakes', body),
  resend: (id: string) => api.post<Intake>(`/api/staff/intakes/${enc(id)}/resend`),
  reissue: (id: string) => api.post<Intake>(`/api/staff/intakes/${enc(id)}/reissue`),
};
