import type { Me, SessionState } from '@entente/contracts';
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useLanguage } from '../i18n/hooks';
import { ApiError, forgetCsrfToken } from './client';
import { authApi, casesApi, publicApi } from './endpoints';

export const queryKeys = {
  settings: ['settings'],
  session: ['session'],
  /** Why the last session ended, for the sign-in page's message. */
  signOutReason: ['sign-out-reason'],
  terms: (language: string) => ['terms', language],
  profile: ['account', 'profile'],
  sessions: ['account', 'sessions'],
  totpSetup: ['account', 'totp-setup'],
  mailbox: ['mailbox'],
  mailboxMessage: (id: string) => ['mailbox', id],
  cases: ['cases'],
  caseList: (filter: string) => ['cases', 'list', filter],
  caseSummary: (id: string) => ['cases', 'summary', id],
  caseActions: (id: string) => ['cases', 'actions', id],
  caseDraft: (id: string) => ['cases', 'draft', id],
  caseDocuments: (id: string) => ['cases', 'documents', id],
  intakes: ['staff', 'intakes'],
  intakeList: (status: string) => ['staff', 'intakes', 'list', status],
  intake: (id: string) => ['staff', 'intakes', 'one', id],
} as const;

export type SignOutReason = 'signedOut' | 'expired';

export const signedOutState: SessionState = {
  user: null,
  totpRequired: false,
  idleExpiresAt: null,
  absoluteExpiresAt: null,
};

/**
 * How long a case page's data counts as fresh. The route's loader fetches it before the page
 * mounts, and the page's later parts (the tabs, the representative section) read the same
 * queries: without a grace period each of them would ask again. Changes still arrive at once:
 * every command invalidates the `cases` queries, and live signals invalidate the case's.
 */
export const CASE_FRESH_MS = 10_000;

export const sessionQuery = queryOptions({
  queryKey: queryKeys.session,
  queryFn: authApi.session,
  staleTime: 60_000,
});

export function caseSummaryQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.caseSummary(id),
    queryFn: () => casesApi.summary(id),
    staleTime: CASE_FRESH_MS,
    // An answer under 500 is final (404: unknown or denied); a server error is tried again.
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}

export function caseActionsQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.caseActions(id),
    queryFn: () => casesApi.actions(id),
    staleTime: CASE_FRESH_MS,
  });
}

export function useSettingsQuery() {
  return useQuery({
    queryKey: queryKeys.settings,
    queryFn: publicApi.settings,
    staleTime: Infinity,
  });
}

export function useSession() {
  return useQuery({ ...sessionQuery, refetchOnWindowFocus: true });
}

export function useMe(): Me | null {
  return useSession().data?.user ?? null;
}

export function useTerms() {
  const { language } = useLanguage();
  return useQuery({
    queryKey: queryKeys.terms(language),
    queryFn: publicApi.terms,
    staleTime: 10 * 60_000,
  });
}

/** The person signed in (or confirmed TOTP): the CSRF token changed with the session. */
export function storeSignedIn(client: QueryClient, session: SessionState): void {
  forgetCsrfToken();
  client.setQueryData(queryKeys.signOutReason, null);
  client.setQueryData(queryKeys.session, session);
}

/** Drops every private query and remembers why (shown on the sign-in page). */
export function storeSignedOut(client: QueryClient, reason: SignOutReason | null = null): void {
  forgetCsrfToken();
  client.removeQueries({ queryKey: ['account'] });
  client.removeQueries({ queryKey: queryKeys.mailbox });
  client.removeQueries({ queryKey: queryKeys.cases });
  client.removeQueries({ queryKey: queryKeys.intakes });
  client.setQueryData(queryKeys.signOutReason, reason);
  client.setQueryData(queryKeys.session, signedOutState);
}

export function useSessionStore() {
  const client = useQueryClient();
  return {
    signedIn: (session: SessionState) => storeSignedIn(client, session),
    signedOut: (reason: SignOutReason | null = null) => storeSignedOut(client, reason),
    /** Same session, new expiry times (extend). */
    refreshed: (session: SessionState) => client.setQueryData(queryKeys.session, session),
    updateMe: (me: Me) =>
      client.setQueryData<SessionState>(queryKeys.session, (old) =>
        old ? { ...old, user: me } : old,
      ),
  };
}

export function useSignOutReason(): SignOutReason | null {
  return (
    useQuery<SignOutReason | null>({
      queryKey: queryKeys.signOutReason,
      queryFn: () => null,
      staleTime: Infinity,
    }).data ?? null
  );
}
