import { Link } from 'react-router';
import { useSettingsQuery } from '../api/queries';
import { useT } from '../i18n/hooks';
import { telHref } from '../lib/contact';

export function Footer() {
  const t = useT();
  const settings = useSettingsQuery().data;
  const platform = settings?.platformName ?? t('app.defaultName');
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <nav aria-label={t('footer.label')}>
          <ul className="site-footer__links">
            <li>
              <Link to="/accessibility">{t('footer.accessibility')}</Link>
            </li>
            <li>
              <Link to="/terms">{t('footer.terms')}</Link>
            </li>
            <li>
              <Link to="/confidentiality">{t('footer.confidentiality')}</Link>
            </li>
          </ul>
        </nav>
        {settings && (
          <div className="site-footer__contact">
            <p>{t('footer.operatedBy', { platform, office: settings.officeName })}</p>
            <p>
              <span>{t('footer.contact')} </span>
              <a href={`mailto:${settings.supportEmail}`}>{settings.supportEmail}</a>
              <span aria-hidden="true"> · </span>
              <a className="nowrap" href={telHref(settings.supportPhone)}>
                {settings.supportPhone}
              </a>
            </p>
          </div>
        )}
      </div>
    </footer>
  );
}
