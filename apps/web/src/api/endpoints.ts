import type {
  AgreementTextView,
  Challenge,
  DraftView,
  PartiesDraft,
  ProblemDescriptionDraft,
  ProposalDraft,
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
  CaseActions,
  CaseDocument,
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
  actions: (id: string) => api.get<CaseActions>(`/api/cases/${enc(id)}/actions`),
  command: (id: string, body: CaseCommand) =>
    api.post<CommandResult>(`/api/cases/${enc(id)}/commands`, body),
  fromAccessCode: (body: FromAccessCodeBody) =>
    api.post<OpenedFromCode>('/api/cases/from-access-code', body),
};

type Saved = { ok: true; caseId: string };

/** QC-3 to QC-7: the draft wizard (a PUT replaces the whole step). */
export const draftApi = {
  get: (id: string) => api.get<DraftView>(`/api/cases/${enc(id)}/draft`),
  saveParties: (id: string, body: PartiesDraft) =>
    api.put<Saved>(`/api/cases/${enc(id)}/draft/parties`, body),
  saveDescription: (id: string, body: ProblemDescriptionDraft) =>
    api.put<Saved>(`/api/cases/${enc(id)}/draft/description`, body),
  saveProposal: (id: string, body: ProposalDraft) =>
    api.put<Saved>(`/api/cases/${enc(id)}/draft/proposal`, body),
  preview: (id: string) => api.get<AgreementTextView>(`/api/cases/${enc(id)}/draft/preview`),
  submit: (id: string) =>
    api.post<{ id: string; caseNumber: string; status: string }>(`/api/cases/${enc(id)}/submit`),
  saveDocuments: (id: string) => api.put<Saved>(`/api/cases/${enc(id)}/draft/documents`, {}),
};

export const documentsApi = {
  list: (caseId: string) =>
    api.get<{ documents: CaseDocument[] }>(`/api/cases/${enc(caseId)}/documents`),
  upload: (caseId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.upload<CaseDocument>(`/api/cases/${enc(caseId)}/documents`, form);
  },
};

export const intakesApi = {
  list: (status: IntakeStatus | undefined, after?: string) =>
    api.get<IntakeList>(`/api/staff/intakes${query({ status, after })}`),
  get: (id: string) => api.get<Intake>(`/api/staff/intakes/${enc(id)}`),
  create: (body: IntakeBody) => api.post<Intake>('/api/staff/intakes', body),
  resend: (id: string) => api.post<Intake>(`/api/staff/intakes/${enc(id)}/resend`),
  reissue: (id: string) => api.post<Intake>(`/api/staff/intakes/${enc(id)}/reissue`),
};
