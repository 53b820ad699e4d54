import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setRequestLanguage } from './api/client';
import { publicApi } from './api/endpoints';
import { queryKeys } from './api/queries';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { storedLanguage } from './i18n/LanguageProvider';
import { loadDictionary } from './i18n/translate';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

const initialLanguage = storedLanguage();
setRequestLanguage(initialLanguage);
const queryClient = createQueryClient();
// Settings and the dictionary load in parallel; the first render needs the dictionary.
void queryClient.prefetchQuery({
  queryKey: queryKeys.settings,
  queryFn: publicApi.settings,
  staleTime: Infinity,
});

loadDictionary(initialLanguage).then(
  () =>
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App initialLanguage={initialLanguage} />
        </QueryClientProvider>
      </StrictMode>,
    ),
  () => {
    root.textContent =
      "La page n'a pas pu être chargée. Rechargez-la. / The page could not be loaded. Reload it.";
  },
);
