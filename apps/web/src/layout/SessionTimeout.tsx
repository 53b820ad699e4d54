import type { SessionState } from '@entente/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { onApiActivity } from '../api/client';
import { authApi } from '../api/endpoints';
import { queryKeys, storeSignedOut, useSession } from '../api/queries';
import { signInPathFor } from '../lib/next-path';

// The dialog (react-aria Modal) is loaded only when a warning is due.
const SessionTimeoutDialog = lazy(() => import('./SessionTimeoutDialog'));

/** Warn this long before the idle timeout (SEC-10). */
export const WARNING_MS = 2 * 60_000;
/** After activity, re-read the session (the server's idle timer moved) at most this often. */
const RESYNC_DELAY_MS = 20_000;

/** The moment the session ends: idle timeout, or the absolute limit if it comes first. */
export function sessionDeadline(session: SessionState | undefined): number | null {
  if (!session?.user || !session.idleExpiresAt) return null;
  const idle = Date.parse(session.idleExpiresAt);
  const absolute = session.absoluteExpiresAt ? Date.parse(session.absoluteExpiresAt) : Infinity;
  return Math.min(idle, absolute);
}

export function SessionTimeout() {
  const client = useQueryClient();
  const session = useSession().data;
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef('');
  const [warning, setWarning] = useState(false);
  const deadline = sessionDeadline(session);
  const signedIn = Boolean(session?.user);

  useEffect(() => {
    here.current = location.pathname + location.search;
  }, [location]);

  // Activity on the server pushes the idle deadline back: re-read it shortly after (throttled,
  // so that steady polling cannot postpone the re-read forever).
  useEffect(() => {
    if (!signedIn) return;
    let timer: number | undefined;
    const stop = onApiActivity(() => {
      timer ??= window.setTimeout(() => {
        timer = undefined;
        void client.invalidateQueries({ queryKey: queryKeys.session });
      }, RESYNC_DELAY_MS);
    });
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, [client, signedIn]);

  useEffect(() => {
    if (deadline === null) {
      setWarning(false);
      return;
    }
    const now = Date.now();
    setWarning(deadline - now <= WARNING_MS);
    const warnTimer = window.setTimeout(
      () => setWarning(true),
      Math.max(0, deadline - WARNING_MS - now),
    );
    const endTimer = window.setTimeout(
      async () => {
        const fresh = await client
          .fetchQuery({ queryKey: queryKeys.session, queryFn: authApi.session, staleTime: 0 })
          .catch(() => undefined);
        const freshDeadline = sessionDeadline(fresh);
        if (freshDeadline !== null && freshDeadline > Date.now()) return; // extended elsewhere
        // The server has ended it too; signing out also clears the cookie (best effort).
        void authApi.logout().catch(() => undefined);
        storeSignedOut(client, 'expired');
        await navigate(signInPathFor(here.current));
      },
      Math.max(0, deadline - now) + 1000,
    );
    return () => {
      window.clearTimeout(warnTimer);
      window.clearTimeout(endTimer);
    };
  }, [client, deadline, navigate]);

  if (!warning || deadline === null || !session) return null;
  return (
    <Suspense fallback={null}>
      <SessionTimeoutDialog
        session={session}
        deadline={deadline}
        onClose={() => setWarning(false)}
      />
    </Suspense>
  );
}
