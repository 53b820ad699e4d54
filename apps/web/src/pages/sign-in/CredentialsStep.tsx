import { loginBody, type Challenge, type LoginBody } from '@entente/contracts';
import { Link } from 'react-router';
import { authApi } from '../../api/endpoints';
import { TextField } from '../../components/fields';
import { FormShell } from '../../components/FormShell';
import { PasswordField } from '../../components/PasswordField';
import { useT } from '../../i18n/hooks';
import { useFormFeedback } from '../../lib/use-form-feedback';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useLocalizedForm } from '../../lib/use-localized-form';

interface Props {
  defaultEmail: string;
  onChallenge: (challenge: Challenge, email: string) => void;
}

/** Seed screen 1: "Connectez-vous avec votre adresse courriel". */
export function CredentialsStep({ defaultEmail, onChallenge }: Props) {
  const t = useT();
  const feedback = useFormFeedback();
  const form = useLocalizedForm<LoginBody>(loginBody, { email: defaultEmail, password: '' });
  const { errors, isSubmitting } = form.formState;
  const labels = { email: t('field.email'), password: t('field.password') };

  const submit = useFormSubmit(
    form,
    feedback,
    { labels, onError: () => form.setValue('password', '') },
    async ({ email, password }) => onChallenge(await authApi.login(email, password), email),
  );

  return (
    <>
      <p className="lead">{t('signIn.intro')}</p>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('signIn.submit')}
        busy={isSubmitting}
      >
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
      </FormShell>
      <p className="aside">
        {t('signIn.noAccount')} <Link to="/register">{t('signIn.createAccount')}</Link>
      </p>
    </>
  );
}
