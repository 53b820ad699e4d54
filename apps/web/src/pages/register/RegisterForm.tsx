import type { Challenge } from '@entente/contracts';
import type { UseFormReturn } from 'react-hook-form';
import { ApiError } from '../../api/client';
import { authApi } from '../../api/endpoints';
import { useTerms } from '../../api/queries';
import { AddressFieldset } from '../../components/AddressFieldset';
import { SelectField, TextField } from '../../components/fields';
import { FormShell } from '../../components/FormShell';
import { PasswordField } from '../../components/PasswordField';
import { TermsConsent } from '../../components/TermsConsent';
import { useLanguage } from '../../i18n/hooks';
import { useFormFeedback } from '../../lib/use-form-feedback';
import { useFormSubmit } from '../../lib/use-form-submit';
import { registerLabels, toRegisterBody, type RegisterFormValues } from './register-form';

interface Props {
  form: UseFormReturn<RegisterFormValues>;
  onChallenge: (challenge: Challenge) => void;
}

export function RegisterForm({ form, onChallenge }: Props) {
  const { t } = useLanguage();
  const terms = useTerms();
  const feedback = useFormFeedback();
  const { register, formState, setValue } = form;
  const { errors, isSubmitting } = formState;
  const labels = registerLabels(t);

  function onError(error: unknown) {
    if (error instanceof ApiError && error.code === 'terms_changed') {
      // New versions were published meanwhile: show them and ask for consent again.
      setValue('acceptTerms', false);
      setValue('acceptConfidentiality', false);
      void terms.refetch();
    }
  }

  const codeFields = { password_common: 'password' } as const;
  const submit = useFormSubmit(form, feedback, { labels, codeFields, onError }, async (values) => {
    if (!terms.data) return feedback.fail(t('register.termsUnavailable'));
    const versions = {
      termsVersion: terms.data.terms.version,
      confidentialityVersion: terms.data.confidentiality.version,
    };
    onChallenge(await authApi.register(toRegisterBody(values, versions)));
  });

  return (
    <FormShell
      feedback={feedback}
      errors={errors}
      labels={labels}
      onSubmit={submit}
      submitLabel={t('register.submit')}
      busy={isSubmitting || !terms.data}
    >
      <fieldset className="fieldset">
        <legend>{t('register.profile')}</legend>
        <TextField
          label={labels.givenName!}
          registration={register('givenName')}
          error={errors.givenName?.message}
          autoComplete="given-name"
          required
        />
        <TextField
          label={labels.familyName!}
          registration={register('familyName')}
          error={errors.familyName?.message}
          autoComplete="family-name"
          required
        />
        <TextField
          label={labels.email!}
          registration={register('email')}
          error={errors.email?.message}
          type="email"
          autoComplete="email"
          required
        />
        <PasswordField
          label={labels.password!}
          registration={register('password')}
          error={errors.password?.message}
          hint={t('password.rule')}
          autoComplete="new-password"
          required
        />
        <TextField
          label={labels.phone!}
          registration={register('phone')}
          error={errors.phone?.message}
          type="tel"
          autoComplete="tel"
        />
        <SelectField
          label={labels.preferredLanguage!}
          registration={register('preferredLanguage')}
          error={errors.preferredLanguage?.message}
          required
          options={[
            { value: 'fr', label: t('lang.fr') },
            { value: 'en', label: t('lang.en') },
          ]}
        />
      </fieldset>
      <AddressFieldset register={(key) => register(`address.${key}`)} errors={errors.address} />
      <TermsConsent
        headingId="register-documents"
        unavailableMessage={t('register.termsUnavailable')}
        terms={{ registration: register('acceptTerms'), error: errors.acceptTerms?.message }}
        confidentiality={{
          registration: register('acceptConfidentiality'),
          error: errors.acceptConfidentiality?.message,
        }}
      />
    </FormShell>
  );
}
