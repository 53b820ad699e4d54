import {
  newPasswordField,
  professionalProfileSchema,
  type ActivationInfo,
} from '@entente/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { activationApi } from '../../api/business-endpoints';
import { useTerms } from '../../api/queries';
import { FormShell } from '../../components/FormShell';
import { Loading, Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { PasswordField } from '../../components/PasswordField';
import { TermsConsent } from '../../components/TermsConsent';
import { TextField } from '../../components/fields';
import { useActivationT as useBusinessT } from '../../i18n/activation';
import { apiErrorMessage } from '../../lib/api-form-errors';
import { useFormFeedback } from '../../lib/use-form-feedback';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useLocalizedForm } from '../../lib/use-localized-form';

const schema = z.object({
  password: newPasswordField,
  profile: professionalProfileSchema,
  acceptTerms: z.literal(true, { error: 'mustAccept' }),
  acceptConfidentiality: z.literal(true, { error: 'mustAccept' }),
});

type Values = {
  password: string;
  profile: { jobTitle: string; organisation: string; workPhone: string };
  acceptTerms: boolean;
  acceptConfidentiality: boolean;
};

/**
 * ACC-3: `/activation/<token>` from the e-mail staff's enrolment sent. Role-agnostic: merchants
 * now, mediators and staff later. Unknown, used and expired links get the API's own messages.
 */
export default function ActivationPage() {
  const t = useBusinessT();
  const token = useParams().token ?? '';
  const info = useQuery({
    queryKey: ['activation', token],
    queryFn: () => activationApi.lookup(token),
    retry: false,
  });
  const [done, setDone] = useState(false);

  if (done) {
    return (
      <Page title={t('activation.title')}>
        <Notice tone="success">{t('activation.done')}</Notice>
        <p>
          <Link to="/sign-in" className="button button--primary">
            {t('activation.signIn')}
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={t('activation.title')}>
      {info.isPending && <Loading label={t('activation.loading')} />}
      {info.isError && <Notice tone="error">{apiErrorMessage(info.error, t)}</Notice>}
      {info.data && <ActivationForm token={token} info={info.data} onDone={() => setDone(true)} />}
    </Page>
  );
}

function ActivationForm(props: { token: string; info: ActivationInfo; onDone: () => void }) {
  const t = useBusinessT();
  const terms = useTerms();
  const feedback = useFormFeedback();
  const form = useLocalizedForm<Values>(schema, {
    password: '',
    profile: { jobTitle: '', organisation: props.info.organisation ?? '', workPhone: '' },
    acceptTerms: false,
    acceptConfidentiality: false,
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  const labels = {
    password: t('activation.password'),
    'profile.jobTitle': t('activation.jobTitle'),
    'profile.organisation': t('activation.organisation'),
    'profile.workPhone': t('activation.workPhone'),
    acceptTerms: t('register.documents'),
    acceptConfidentiality: t('register.documents'),
  };
  const submit = useFormSubmit(
    form,
    feedback,
    { labels, codeFields: { password_common: 'password' } },
    async (values) => {
      const versions = terms.data;
      if (!versions) return;
      await activationApi.activate({
        token: props.token,
        password: values.password,
        profile: values.profile,
        acceptTerms: true,
        acceptConfidentiality: true,
        termsVersion: versions.terms.version,
        confidentialityVersion: versions.confidentiality.version,
      });
      props.onDone();
    },
  );
  const name = `${props.info.givenName} ${props.info.familyName}`;
  return (
    <>
      <p className="lead">{t('activation.intro', { name, email: props.info.email })}</p>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('activation.submit')}
        busy={isSubmitting || !terms.data}
      >
        <PasswordField
          label={labels.password}
          registration={register('password')}
          error={errors.password?.message}
          hint={t('password.rule')}
          autoComplete="new-password"
          required
        />
        <fieldset className="fieldset">
          <legend>{t('activation.profile')}</legend>
          <TextField
            label={labels['profile.jobTitle']}
            registration={register('profile.jobTitle')}
            error={errors.profile?.jobTitle?.message}
            autoComplete="organization-title"
            required
          />
          <TextField
            label={labels['profile.organisation']}
            registration={register('profile.organisation')}
            error={errors.profile?.organisation?.message}
            autoComplete="organization"
            required
          />
          <TextField
            label={labels['profile.workPhone']}
            registration={register('profile.workPhone')}
            error={errors.profile?.workPhone?.message}
            type="tel"
            autoComplete="work tel"
            required
          />
        </fieldset>
        <TermsConsent
          headingId="activation-documents"
          unavailableMessage={t('activation.termsUnavailable')}
          terms={{ registration: register('acceptTerms'), error: errors.acceptTerms?.message }}
          confidentiality={{
            registration: register('acceptConfidentiality'),
            error: errors.acceptConfidentiality?.message,
          }}
        />
      </FormShell>
    </>
  );
}
