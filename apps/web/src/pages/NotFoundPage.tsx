import { Link } from 'react-router';
import { Page } from '../components/Page';
import { useT } from '../i18n/hooks';

export default function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}
