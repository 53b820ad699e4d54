import { forgotPasswordBody } from '@entente/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { authApi } from '../api/endpoints';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/fields';
import { Notice } from '../components/Notice';
import { Page } from '../components/Page';
import { RequiredNotice } from '../components/RequiredNotice';
import { useLanguage } from '../i18n/hooks';
import { applyApiError } from '../lib/api-form-errors';
import { localizedResolver } from '../lib/form-resolver';
import { useFormFeedback } from '../lib/use-form-feedback';

type Values = { email: string };

/** ACC-4: the same answer whether or not an account exists (SEC-7). */
export default function ForgotPasswordPage() {
  const { t, language } = useLanguage();
  const feedback = useFormFeedback();
  const [sent, setSent] = useState(false);
  const form = useForm<Values>({
    resolver: localizedResolver<Values>(forgotPasswordBody, language),
    defaultValues: { email: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const labels = { email: t('field.email') };

  const submit = form.handleSubmit(async ({ email }) => {
    feedback.start();
    try {
      await authApi.forgotPassword(email);
      setSent(true);
    } catch (error) {
      feedback.fail(applyApiError(error, { setError: form.setError, fields: ['email'], t }));
    }
  }, feedback.onInvalid);

  return (
    <Page title={t('forgot.title')}>
      {sent ? (
        <Notice tone="success">{t('forgot.done')}</Notice>
      ) : (
        <>
          <p className="lead">{t('forgot.intro')}</p>
          <ErrorSummary
            ref={feedback.summaryRef}
            errors={errors}
            labels={labels}
            formError={feedback.formError}
            visible={feedback.attempted}
          />
          <form noValidate onSubmit={submit} className="form">
            <RequiredNotice />
            <TextField
              label={labels.email}
              registration={form.register('email')}
              error={errors.email?.message}
              type="email"
              autoComplete="email"
              required
            />
            <div className="actions">
              <button type="submit" className="button button--primary" disabled={isSubmitting}>
                {t('forgot.submit')}
              </button>
            </div>
          </form>
        </>
      )}
      <p className="aside">
        <Link to="/sign-in">{t('forgot.back')}</Link>
      </p>
    </Page>
  );
}
