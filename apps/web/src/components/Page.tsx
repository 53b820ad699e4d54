import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useSettingsQuery } from '../api/queries';
import { useT } from '../i18n/hooks';
import { cx } from '../lib/cx';

interface PageProps {
  /** Unique page title (document title before the platform name). */
  title: string;
  /** The page's single h1; defaults to the title. */
  heading?: string;
  width?: 'narrow' | 'wide';
  children?: ReactNode;
}

/**
 * Navigation state of a link whose page moves the focus itself (e.g. a wizard step's heading):
 * `<Link to=… state={FOCUS_MANAGED}>`.
 */
export const FOCUS_MANAGED = { focusManaged: true } as const;

function focusManagedBy(state: unknown): boolean {
  return (state as { focusManaged?: unknown } | null)?.focusManaged === true;
}

/** Sets the document title and moves focus to the h1 after a client-side navigation. */
export function Page({ title, heading, width = 'narrow', children }: PageProps) {
  const t = useT();
  const platform = useSettingsQuery().data?.platformName ?? t('app.defaultName');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { key, state } = useLocation();
  const focusManaged = focusManagedBy(state);

  useEffect(() => {
    document.title = `${title} – ${platform}`;
  }, [title, platform]);

  useEffect(() => {
    // "default" is the key of the first page loaded: the browser already starts at the top.
    if (key !== 'default' && !focusManaged) headingRef.current?.focus();
  }, [key, focusManaged]);

  return (
    <div className={cx('page', `page--${width}`)}>
      <h1 ref={headingRef} tabIndex={-1} className="page__title">
        {heading ?? title}
      </h1>
      {children}
    </div>
  );
}
