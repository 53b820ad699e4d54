import { newPasswordField } from '@entente/contracts';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { authApi } from '../api/endpoints';
import { useSessionStore } from '../api/queries';
import { ErrorSummary } from '../components/ErrorSummary';
import { Notice } from '../components/Notice';
import { Page } from '../components/Page';
import { PasswordField } from '../components/PasswordField';
import { RequiredNotice } from '../components/RequiredNotice';
import { useLanguage } from '../i18n/hooks';
import { applyApiError } from '../lib/api-form-errors';
import { localizedResolver } from '../lib/form-resolver';
import { useFormFeedback } from '../lib/use-form-feedback';

type Values = { password: string };
const schema = z.object({ password: newPasswordField });

/** The e-mailed link `/reset-password?token=…`; all sessions end after the change (ACC-4). */
export default function ResetPasswordPage() {
  const { t, language } = useLanguage();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const sessionStore = useSessionStore();
  const feedback = useFormFeedback();
  const form = useForm<Values>({
    resolver: localizedResolver<Values>(schema, language),
    defaultValues: { password: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const labels = { password: t('field.newPassword') };

  const submit = form.handleSubmit(async ({ password }) => {
    feedback.start();
    try {
      await authApi.resetPassword(token, password);
      sessionStore.signedOut();
      await navigate('/sign-in', { replace: true, state: { notice: 'passwordReset' } });
    } catch (error) {
      feedback.fail(
        applyApiError(error, {
          setError: form.setError,
          fields: ['password'],
          codeFields: { password_common: 'password' },
          t,
        }),
      );
    }
  }, feedback.onInvalid);

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
      <ErrorSummary
        ref={feedback.summaryRef}
        errors={errors}
        labels={labels}
        formError={feedback.formError}
        visible={feedback.attempted}
      />
      <form noValidate onSubmit={submit} className="form">
        <RequiredNotice />
        <PasswordField
          label={labels.password}
          registration={form.register('password')}
          error={errors.password?.message}
          hint={t('password.rule')}
          autoComplete="new-password"
          required
        />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('reset.submit')}
          </button>
        </div>
      </form>
      {feedback.formError && (
        <p className="aside">
          <Link to="/forgot-password">{t('reset.requestNew')}</Link>
        </p>
      )}
    </Page>
  );
}
