/**
 * Route loaders that start a page's requests as soon as its URL matches, while its code
 * downloads, instead of one after the other once it renders (the case page used to wait for its
 * chunk, then the session, then the case, then the tabs' chunk, then the tab's data). They never
 * wait: each returns at once and the pages read the same TanStack queries, so loading states,
 * errors, 404s and redirects stay the pages' own.
 */
import type { SessionState } from '@entente/contracts';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router';
import { caseActionsQuery, caseSummaryQuery, queryKeys, sessionQuery } from '../api/queries';

/** RequireUser's session, fetched with the page's chunk rather than after it. */
export function sessionLoader(client: QueryClient) {
  return () => {
    void client.prefetchQuery(sessionQuery);
    return null;
  };
}

/** `/cases/:id/:step?`: the case and what the reader may do, then the shown tab's data. */
export function caseLoader(client: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    if (params.id) preloadCase(client, params.id, params.step);
    return null;
  };
}

/**
 * A loader runs again when its route's params change; a tab or wizard step of the same case
 * changes `step` only, and the page keeps its queries then, so it asks for nothing more.
 */
export function sameCaseKept({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) {
  return currentParams.id !== nextParams.id;
}

function preloadCase(client: QueryClient, id: string, segment: string | undefined): void {
  // Known to be signed out (RequireUser sends them to sign-in) or to owe their second factor
  // (TotpGate sends them to enrol): this page will not show, nothing private to ask for.
  const session = client.getQueryData<SessionState>(queryKeys.session);
  if (session && (!session.user || session.totpRequired)) return;
  // On a first page load the session is not known yet: the case goes out with it. Without a
  // session it answers 401, which changes nothing: the expiry handler acts on a known signed-in
  // session only, and after signing in this loader runs again and replaces the failed answer
  // before the page shows it.
  const summary = client.fetchQuery(caseSummaryQuery(id)).catch(() => null);
  void client.prefetchQuery(caseActionsQuery(id));
  import('../pages/case/tab-preload').then(
    (module) => module.preloadTabs(client, summary, segment),
    () => undefined, // the page's own lazy imports report a chunk that failed to load
  );
}
