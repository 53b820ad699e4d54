import { loginBody, type Challenge, type LoginBody } from '@entente/contracts';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { authApi } from '../../api/endpoints';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/fields';
import { PasswordField } from '../../components/PasswordField';
import { RequiredNotice } from '../../components/RequiredNotice';
import { useLanguage } from '../../i18n/hooks';
import { applyApiError } from '../../lib/api-form-errors';
import { localizedResolver } from '../../lib/form-resolver';
import { useFormFeedback } from '../../lib/use-form-feedback';

interface Props {
  defaultEmail: string;
  onChallenge: (challenge: Challenge, email: string) => void;
}

/** Seed screen 1: "Connectez-vous avec votre adresse courriel". */
export function CredentialsStep({ defaultEmail, onChallenge }: Props) {
  const { t, language } = useLanguage();
  const feedback = useFormFeedback();
  const form = useForm<LoginBody>({
    resolver: localizedResolver<LoginBody>(loginBody, language),
    defaultValues: { email: defaultEmail, password: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const labels = { email: t('field.email'), password: t('field.password') };

  const submit = form.handleSubmit(async ({ email, password }) => {
    feedback.start();
    try {
      onChallenge(await authApi.login(email, password), email);
    } catch (error) {
      form.setValue('password', '');
      feedback.fail(
        applyApiError(error, { setError: form.setError, fields: Object.keys(labels), t }),
      );
    }
  }, feedback.onInvalid);

  return (
    <>
      <p className="lead">{t('signIn.intro')}</p>
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
          autoComplete="username"
          required
        />
        <PasswordField
          label={labels.password}
          registration={form.register('password')}
          error={errors.password?.message}
          autoComplete="current-password"
          required
        />
        <p>
          <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        </p>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('signIn.submit')}
          </button>
        </div>
      </form>
      <p className="aside">
        {t('signIn.noAccount')} <Link to="/register">{t('signIn.createAccount')}</Link>
      </p>
    </>
  );
}
