import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { useSettingsQuery } from '../api/queries';
import type { Language } from '@entente/contracts';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { translator } from '../i18n/translate';
import { applyTheme } from '../lib/theme';
import { createAppRouter } from './router';

/** Settings (office name, colours, locale) come first: everything else depends on them. */
export function App({ initialLanguage }: { initialLanguage: Language }) {
  const settings = useSettingsQuery();
  const client = useQueryClient();
  // Created on the first render, before the settings arrive: the router starts loading the
  // page's chunk and its loaders' requests at once.
  const [router] = useState(() => createAppRouter(client));

  useEffect(() => {
    if (settings.data) applyTheme(settings.data.colours);
  }, [settings.data]);

  if (!settings.data) {
    const t = translator(initialLanguage);
    return (
      <main id="main" className="site-main boot">
        {settings.isError ? (
          <div className="page page--narrow">
            <h1 className="page__title">{t('app.defaultName')}</h1>
            <p role="alert">{t('app.loadError')}</p>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void settings.refetch()}
            >
              {t('app.retry')}
            </button>
          </div>
        ) : (
          <p className="loading" role="status">
            {t('app.loading')}
          </p>
        )}
      </main>
    );
  }

  return (
    <LanguageProvider
      initialLanguage={initialLanguage}
      deploymentLocale={settings.data.defaultLocale}
    >
      <RouterProvider router={router} />
    </LanguageProvider>
  );
}
