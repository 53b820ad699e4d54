import { useTerms } from '../api/queries';
import { Loading, Notice } from '../components/Notice';
import { Page } from '../components/Page';
import { TermsText } from '../components/TermsText';
import { useFormat, useT } from '../i18n/hooks';
import { apiErrorMessage } from '../lib/api-form-errors';

/** /terms and /confidentiality: the current version from the API, in the UI language. */
export function TermsDocumentPage({ kind }: { kind: 'terms' | 'confidentiality' }) {
  const t = useT();
  const format = useFormat();
  const terms = useTerms();
  const fallbackTitle = kind === 'terms' ? t('terms.title') : t('confidentiality.title');
  const document = terms.data?.[kind];
  return (
    <Page title={fallbackTitle} heading={document?.title ?? fallbackTitle}>
      {terms.isPending && <Loading label={t('terms.loading')} />}
      {terms.isError && <Notice tone="error">{apiErrorMessage(terms.error, t)}</Notice>}
      {document && (
        <>
          <p className="muted">
            {t('terms.version', {
              version: document.version,
              date: format.date(document.publishedAt),
            })}
          </p>
          <div className="prose">
            <TermsText body={document.body} />
          </div>
        </>
      )}
    </Page>
  );
}
