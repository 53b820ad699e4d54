import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../api/queries';

/** Pages a privileged account may open before enrolling its second factor (ACC-7). */
const OPEN_WITHOUT_TOTP = [
  '/security/totp',
  '/profile',
  '/accessibility',
  '/terms',
  '/confidentiality',
  '/mailbox',
];

export function isOpenWithoutTotp(pathname: string): boolean {
  return OPEN_WITHOUT_TOTP.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/** ACC-7: a mediator, staff member or administrator without TOTP goes to the enrolment page. */
export function TotpGate({ children }: { children: ReactNode }) {
  const session = useSession().data;
  const { pathname } = useLocation();
  if (session?.user && session.totpRequired && !isOpenWithoutTotp(pathname)) {
    return <Navigate to="/security/totp" replace />;
  }
  return children;
}
