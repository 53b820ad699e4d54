import type { ReactNode } from 'react';
import { cx } from '../lib/cx';

interface NoticeProps {
  tone: 'info' | 'success' | 'error';
  children: ReactNode;
  /** Errors interrupt (alert); other tones are polite (status). */
  live?: boolean;
}

export function Notice({ tone, children, live = true }: NoticeProps) {
  const role = live ? (tone === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div className={cx('notice', `notice--${tone}`)} role={role}>
      {children}
    </div>
  );
}

export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}
