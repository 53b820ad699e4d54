import { useSettingsQuery } from '../api/queries';
import { Page } from '../components/Page';
import { useT } from '../i18n/hooks';
import { telHref } from '../lib/contact';

/** Demande d'assistance: the office's contact channels (seed: "Pour toute question, communiquez avec…"). */
export default function AssistancePage() {
  const t = useT();
  const settings = useSettingsQuery().data;
  if (!settings) return null;
  return (
    <Page title={t('assistance.title')}>
      <p>{t('assistance.intro', { office: settings.officeName })}</p>
      <ul className="contact-list">
        <li>
          {t('assistance.byEmail')}{' '}
          <a href={`mailto:${settings.supportEmail}`}>{settings.supportEmail}</a>
        </li>
        <li>
          {t('assistance.byPhone')}{' '}
          <a className="nowrap" href={telHref(settings.supportPhone)}>
            {settings.supportPhone}
          </a>
        </li>
      </ul>
      <p>{t('assistance.tip')}</p>
    </Page>
  );
}
