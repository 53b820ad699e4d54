import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { casesApi } from '../api/endpoints';
import { queryKeys, useSettingsQuery, useTerms } from '../api/queries';
import { useAnnounce } from '../components/Announcer';
import { TextField } from '../components/fields';
import { FormShell } from '../components/FormShell';
import { Page } from '../components/Page';
import { TermsConsent } from '../components/TermsConsent';
import { useT } from '../i18n/hooks';
import { useFormFeedback } from '../lib/use-form-feedback';
import { useFormSubmit } from '../lib/use-form-submit';
import { useLocalizedForm } from '../lib/use-localized-form';
import {
  accessCodeErrors,
  newCaseDefaults,
  newCaseLabels,
  newCaseSchema,
  type NewCaseValues,
} from './cases/new-case-form';

/** QC-2 "Créer un dossier" (seed 000): reference number, access code, both consents. */
export default function NewCasePage() {
  const t = useT();
  const settings = useSettingsQuery().data;
  const office = settings?.officeName ?? '';
  const terms = useTerms();
  const client = useQueryClient();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const feedback = useFormFeedback();
  const form = useLocalizedForm<NewCaseValues>(newCaseSchema, newCaseDefaults);
  const { register, formState, setValue } = form;
  const { errors, isSubmitting } = formState;
  const labels = newCaseLabels(t);

  function onError(error: unknown) {
    if (error instanceof ApiError && error.code === 'terms_changed') {
      setValue('acceptTerms', false);
      setValue('acceptConfidentiality', false);
      void terms.refetch();
    }
  }

  const submit = useFormSubmit(
    form,
    feedback,
    { labels, codeFields: accessCodeErrors, onError },
    async (values) => {
      if (!terms.data) return feedback.fail(t('newCase.termsUnavailable'));
      const opened = await casesApi.fromAccessCode({
        referenceNumber: values.referenceNumber.trim(),
        accessCode: values.accessCode.trim(),
        acceptTerms: true,
        acceptConfidentiality: true,
        termsVersion: terms.data.terms.version,
        confidentialityVersion: terms.data.confidentiality.version,
      });
      await client.invalidateQueries({ queryKey: queryKeys.cases });
      announce(t('newCase.created', { caseNumber: opened.caseNumber }));
      await navigate(`/cases/${opened.id}`);
    },
  );

  return (
    <Page title={t('newCase.title')} width="wide">
      <p className="lead">{t('newCase.intro', { office })}</p>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('newCase.submit')}
        busy={isSubmitting || !terms.data}
      >
        <fieldset className="fieldset">
          <legend>{t('newCase.codes')}</legend>
          <TextField
            label={labels.referenceNumber!}
            registration={register('referenceNumber')}
            error={errors.referenceNumber?.message}
            hint={t('newCase.referenceHint')}
            inputMode="numeric"
            autoComplete="off"
            className="field--short"
            required
          />
          <TextField
            label={labels.accessCode!}
            registration={register('accessCode')}
            error={errors.accessCode?.message}
            hint={t('newCase.accessCodeHint')}
            autoComplete="off"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            className="field--short"
            required
          />
        </fieldset>
        <TermsConsent
          headingId="new-case-documents"
          unavailableMessage={t('newCase.termsUnavailable')}
          terms={{ registration: register('acceptTerms'), error: errors.acceptTerms?.message }}
          confidentiality={{
            registration: register('acceptConfidentiality'),
            error: errors.acceptConfidentiality?.message,
          }}
        />
      </FormShell>
    </Page>
  );
}
