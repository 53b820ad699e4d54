import { Link } from 'react-router';
import { useSession, useSettingsQuery } from '../api/queries';
import { Page } from '../components/Page';
import { useT } from '../i18n/hooks';

export default function HomePage() {
  const t = useT();
  const settings = useSettingsQuery().data;
  const session = useSession();
  const me = session.data?.user;
  const names = {
    platform: settings?.platformName ?? t('app.defaultName'),
    office: settings?.officeName ?? '',
  };
  return (
    <Page title={t('home.title')} heading={t('home.heading')} width="wide">
      <p className="lead">{t('home.intro', names)}</p>
      <section aria-labelledby="home-how" className="section">
        <h2 id="home-how">{t('home.how')}</h2>
        <ol className="steps">
          <li>{t('home.step.negotiation')}</li>
          <li>{t('home.step.mediation')}</li>
          <li>{t('home.step.agreement')}</li>
        </ol>
        <p>{t('home.confidential')}</p>
      </section>
      <section aria-labelledby="home-start" className="section callout">
        <h2 id="home-start">{t('home.start')}</h2>
        {me ? (
          <>
            <p>{t('home.welcome', { name: me.givenName })}</p>
            <p>
              <Link to="/cases" className="button button--primary">
                {t('home.cta.cases')}
              </Link>
            </p>
          </>
        ) : (
          <div className="actions">
            <Link to="/register" className="button button--primary">
              {t('home.cta.register')}
            </Link>
            <Link to="/sign-in" className="button button--secondary">
              {t('home.cta.signIn')}
            </Link>
          </div>
        )}
      </section>
    </Page>
  );
}
