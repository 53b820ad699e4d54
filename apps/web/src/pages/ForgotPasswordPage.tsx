import { forgotPasswordBody } from '@entente/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { authApi } from '../api/endpoints';
import { TextField } from '../components/fields';
import { FormShell } from '../components/FormShell';
import { Notice } from '../components/Notice';
import { Page } from '../components/Page';
import { useT } from '../i18n/hooks';
import { useFormFeedback } from '../lib/use-form-feedback';
import { useFormSubmit } from '../lib/use-form-submit';
import { useLocalizedForm } from '../lib/use-localized-form';

type Values = { email: string };

/** ACC-4: the same answer whether or not an account exists (SEC-7). */
export default function ForgotPasswordPage() {
  const t = useT();
  const feedback = useFormFeedback();
  const [sent, setSent] = useState(false);
  const form = useLocalizedForm<Values>(forgotPasswordBody, { email: '' });
  const { errors, isSubmitting } = form.formState;
  const labels = { email: t('field.email') };

  const submit = useFormSubmit(form, feedback, { labels }, async ({ email }) => {
    await authApi.forgotPassword(email);
    setSent(true);
  });

  return (
    <Page title={t('forgot.title')}>
      {sent ? (
        <Notice tone="success">{t('forgot.done')}</Notice>
      ) : (
        <>
          <p className="lead">{t('forgot.intro')}</p>
          <FormShell
            feedback={feedback}
            errors={errors}
            labels={labels}
            onSubmit={submit}
            submitLabel={t('forgot.submit')}
            busy={isSubmitting}
          >
            <TextField
              label={labels.email}
              registration={form.register('email')}
              error={errors.email?.message}
              type="email"
              autoComplete="email"
              required
            />
          </FormShell>
        </>
      )}
      <p className="aside">
        <Link to="/sign-in">{t('forgot.back')}</Link>
      </p>
    </Page>
  );
}
