import type { SessionState } from '@entente/contracts';
import { QueryClient } from '@tanstack/react-query';
import { ApiError, NETWORK_ERROR, setUnauthenticatedHandler } from '../api/client';
import { queryKeys, storeSignedOut } from '../api/queries';

function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.code === NETWORK_ERROR || error.status >= 500);
}

/** Server state lives here; a 401 anywhere means the session is gone (timeout, ended elsewhere). */
export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 2 && isRetryable(error),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  setUnauthenticatedHandler(() => {
    const session = client.getQueryData<SessionState>(queryKeys.session);
    if (session?.user) storeSignedOut(client, 'expired');
  });
  return client;
}
