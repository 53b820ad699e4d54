import type { UseFormRegisterReturn } from 'react-hook-form';
import { useSettingsQuery, useTerms } from '../api/queries';
import { useT } from '../i18n/hooks';
import { CheckboxField } from './fields';
import { Loading, Notice } from './Notice';
import { TermsBox } from './TermsDocument';

type Consent = { registration: UseFormRegisterReturn; error: string | undefined };

/**
 * ACC-5: the full terms of use and confidentiality commitment, each followed by its consent box
 * (registration and "Créer un dossier" ask for both).
 */
export function TermsConsent(props: {
  headingId: string;
  unavailableMessage: string;
  terms: Consent;
  confidentiality: Consent;
}) {
  const t = useT();
  const platform = useSettingsQuery().data?.platformName ?? t('app.defaultName');
  const documents = useTerms();
  return (
    <section className="section" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>{t('register.documents')}</h2>
      <p>{t('register.documentsIntro')}</p>
      {documents.isPending && <Loading label={t('terms.loading')} />}
      {documents.isError && <Notice tone="error">{props.unavailableMessage}</Notice>}
      {documents.data && (
        <>
          <TermsBox document={documents.data.terms} />
          <CheckboxField
            label={t('register.acceptTerms', { platform })}
            registration={props.terms.registration}
            error={props.terms.error}
            required
          />
          <TermsBox document={documents.data.confidentiality} />
          <CheckboxField
            label={t('register.acceptConfidentiality', { platform })}
            registration={props.confidentiality.registration}
            error={props.confidentiality.error}
            required
          />
        </>
      )}
    </section>
  );
}
