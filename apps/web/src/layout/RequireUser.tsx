import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession, useSignOutReason } from '../api/queries';
import { Loading, Notice } from '../components/Notice';
import { useT } from '../i18n/hooks';
import { signInPathFor } from '../lib/next-path';

/** Route guard: signed-in pages send visitors to sign-in, then back here (`next=`). */
export function RequireUser() {
  const t = useT();
  const session = useSession();
  const location = useLocation();
  const signOutReason = useSignOutReason();

  if (session.isPending) return <Loading label={t('auth.checking')} />;
  if (session.isError) {
    return (
      <div className="page page--narrow">
        <Notice tone="error">{t('error.network')}</Notice>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void session.refetch()}
        >
          {t('app.retry')}
        </button>
      </div>
    );
  }
  if (!session.data.user) {
    // After a chosen sign-out the next person must not land on the previous person's page.
    const target =
      signOutReason === 'signedOut'
        ? '/sign-in'
        : signInPathFor(location.pathname + location.search);
    return <Navigate to={target} replace />;
  }
  return <Outlet />;
}
