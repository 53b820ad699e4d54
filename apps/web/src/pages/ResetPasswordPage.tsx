import { newPasswordField } from '@entente/contracts';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { authApi } from '../api/endpoints';
import { useSessionStore } from '../api/queries';
import { FormShell } from '../components/FormShell';
import { Notice } from '../components/Notice';
import { Page } from '../components/Page';
import { PasswordField } from '../components/PasswordField';
import { useT } from '../i18n/hooks';
import { useFormFeedback } from '../lib/use-form-feedback';
import { useFormSubmit } from '../lib/use-form-submit';
import { useLocalizedForm } from '../lib/use-localized-form';

type Values = { password: string };
const schema = z.object({ password: newPasswordField });

/** The e-mailed link `/reset-password?token=…`; all sessions end after the change (ACC-4). */
export default function ResetPasswordPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const sessionStore = useSessionStore();
  const feedback = useFormFeedback();
  const form = useLocalizedForm<Values>(schema, { password: '' });
  const { errors, isSubmitting } = form.formState;
  const labels = { password: t('field.newPassword') };

  const submit = useFormSubmit(
    form,
    feedback,
    { labels, codeFields: { password_common: 'password' } },
    async ({ password }) => {
      await authApi.resetPassword(token, password);
      sessionStore.signedOut();
      await navigate('/sign-in', { replace: true, state: { notice: 'passwordReset' } });
    },
  );

  if (!token) {
    return (
      <Page title={t('reset.title')}>
        <Notice tone="error">{t('reset.missingToken')}</Notice>
        <p>
          <Link to="/forgot-password">{t('reset.requestNew')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('reset.title')}>
      <p className="lead">{t('reset.intro')}</p>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('reset.submit')}
        busy={isSubmitting}
      >
        <PasswordField
          label={labels.password}
          registration={form.register('password')}
          error={errors.password?.message}
          hint={t('password.rule')}
          autoComplete="new-password"
          required
        />
      </FormShell>
      {feedback.formError && (
        <p className="aside">
          <Link to="/forgot-password">{t('reset.requestNew')}</Link>
        </p>
      )}
    </Page>
  );
}
