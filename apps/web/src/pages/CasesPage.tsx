import { Link } from 'react-router';
import { Page } from '../components/Page';
import { useT } from '../i18n/hooks';

/** Mes dossiers. Cases arrive in a later issue: until then, an honest empty state. */
export default function CasesPage() {
  const t = useT();
  return (
    <Page title={t('cases.title')} width="wide">
      <div className="empty-state">
        <p className="empty-state__title">{t('cases.empty')}</p>
        <p>{t('cases.emptyDetails')}</p>
        <p>
          {t('cases.help')} <Link to="/assistance">{t('nav.assistance')}</Link>.
        </p>
      </div>
    </Page>
  );
}
