import { useEffect, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useSession, useSettingsQuery } from '../api/queries';
import { useT } from '../i18n/hooks';
import { cx } from '../lib/cx';
import { isMediator, isMerchant, isStaff } from '../lib/roles';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationsBadge } from './NotificationsBadge';
import { UserMenu } from './UserMenu';

/** STF-1, QC-1, ORG-1, MDR-1: the office's own pages, dashboard first. */
const STAFF_LINKS = [
  ['/staff', 'nav.dashboard'],
  ['/staff/intakes', 'nav.intakes'],
  ['/staff/businesses', 'nav.businesses'],
  ['/staff/mediation', 'nav.mediationQueue'],
  ['/staff/mediators', 'nav.mediators'],
] as const;

export function Header() {
  const t = useT();
  const settings = useSettingsQuery().data;
  const session = useSession();
  const me = session.data?.user ?? null;
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();

  useEffect(() => setOpen(false), [pathname]);

  const navClass = ({ isActive }: { isActive: boolean }) =>
    cx('site-nav__link', isActive && 'is-active');
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          {settings?.logoUrl && <img className="brand__logo" src={settings.logoUrl} alt="" />}
          <span className="brand__text">
            <span className="brand__office">{settings?.officeName}</span>
            <span className="brand__platform">
              {settings?.platformName ?? t('app.defaultName')}
            </span>
          </span>
        </Link>
        <div className="site-header__tools">
          <LanguageSwitch />
          <button
            type="button"
            className="nav-toggle"
            aria-expanded={open}
            aria-controls="site-nav"
            onClick={() => setOpen((value) => !value)}
          >
            {t('nav.menu')}
          </button>
        </div>
        <nav
          id="site-nav"
          aria-label={t('nav.label')}
          className={cx('site-nav', open && 'is-open')}
        >
          <ul className="site-nav__list">
            {me && (
              <li>
                <NavLink to="/cases" className={navClass}>
                  {t('nav.cases')}
                </NavLink>
              </li>
            )}
            {isStaff(me) &&
              STAFF_LINKS.map(([to, key]) => (
                <li key={to}>
                  <NavLink to={to} end={to === '/staff'} className={navClass}>
                    {t(key)}
                  </NavLink>
                </li>
              ))}
            {isMediator(me) && (
              <li>
                <NavLink to="/mediator/profile" className={navClass}>
                  {t('nav.mediatorProfile')}
                </NavLink>
              </li>
            )}
            {isMerchant(me) && (
              <li>
                <NavLink to="/business" className={navClass}>
                  {t('nav.myBusiness')}
                </NavLink>
              </li>
            )}
            <li>
              <NavLink to="/assistance" className={navClass}>
                {t('nav.assistance')}
              </NavLink>
            </li>
            {me && !session.data?.totpRequired && (
              <li>
                <NotificationsBadge />
              </li>
            )}
            {me && (
              <li>
                <UserMenu me={me} />
              </li>
            )}
            {!me && !session.isPending && (
              <>
                <li>
                  <NavLink to="/sign-in" className={navClass}>
                    {t('nav.signIn')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/register" className={navClass}>
                    {t('nav.register')}
                  </NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
