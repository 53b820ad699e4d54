import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { authApi } from '../api/endpoints';
import { storeSignedOut } from '../api/queries';
import { useAnnounce } from '../components/Announcer';
import { useT } from '../i18n/hooks';
import { apiErrorMessage } from '../lib/api-form-errors';

/** Ends the session on the server, forgets private data, and shows the sign-in page. */
export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const t = useT();

  return async (reason: 'chosen' | 'expired' = 'chosen'): Promise<void> => {
    try {
      await authApi.logout();
    } catch (error) {
      // 401: already ended on the server. Anything else: say so, the session may still be open.
      if (!(error instanceof ApiError && error.status === 401)) {
        announce(apiErrorMessage(error, t));
        return;
      }
    }
    storeSignedOut(client, reason === 'expired' ? 'expired' : 'signedOut');
    await navigate('/sign-in');
  };
}
