import { useEffect } from 'react';
import { useT } from '../i18n/hooks';

/** Shown while the first page's code loads. */
export function BootFallback() {
  const t = useT();
  return (
    <main id="main" className="site-main boot">
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    </main>
  );
}

/** Last resort when a page cannot render (e.g. a page chunk failed to load after a deploy). */
export function RouteError() {
  const t = useT();
  useEffect(() => {
    document.title = t('error.page.title');
  }, [t]);
  return (
    <main id="main" className="site-main">
      <div className="page page--narrow">
        <h1 className="page__title">{t('error.page.title')}</h1>
        <p>{t('error.page.body')}</p>
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => window.location.reload()}
          >
            {t('error.page.reload')}
          </button>
          <a className="button button--secondary" href="/">
            {t('notFound.home')}
          </a>
        </div>
      </div>
    </main>
  );
}
