import { useSettingsQuery } from '../api/queries';
import { Page } from '../components/Page';
import { useT } from '../i18n/hooks';
import { telHref } from '../lib/contact';

/** SEC-38: accessibility statement, linked from every page's footer. */
export default function AccessibilityPage() {
  const t = useT();
  const settings = useSettingsQuery().data;
  if (!settings) return null;
  const names = { office: settings.officeName, platform: settings.platformName };
  return (
    <Page title={t('a11y.title')} heading={t('a11y.heading')}>
      <p>{t('a11y.commitment', names)}</p>
      <ul>
        <li>{t('a11y.wcag')}</li>
        <li>{t('a11y.rgaa')}</li>
        <li>{t('a11y.sgqri')}</li>
      </ul>
      <h2>{t('a11y.statusTitle')}</h2>
      <p>{t('a11y.status', names)}</p>
      <h2>{t('a11y.doneTitle')}</h2>
      <ul>
        <li>{t('a11y.done.keyboard')}</li>
        <li>{t('a11y.done.labels')}</li>
        <li>{t('a11y.done.contrast')}</li>
        <li>{t('a11y.done.mobile')}</li>
        <li>{t('a11y.done.tests')}</li>
      </ul>
      <h2>{t('a11y.contactTitle')}</h2>
      <p>{t('a11y.contact')}</p>
      <ul className="contact-list">
        <li>
          <a href={`mailto:${settings.supportEmail}`}>{settings.supportEmail}</a>
        </li>
        <li>
          <a className="nowrap" href={telHref(settings.supportPhone)}>
            {settings.supportPhone}
          </a>
        </li>
      </ul>
      {settings.defaultLocale === 'fr-FR' && (
        <>
          <h2>{t('a11y.recourseTitle')}</h2>
          <p>{t('a11y.recourse')}</p>
        </>
      )}
    </Page>
  );
}
