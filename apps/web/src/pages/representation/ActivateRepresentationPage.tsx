import { z } from 'zod';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { queryKeys, useSession } from '../../api/queries';
import { useAnnounce } from '../../components/Announcer';
import { TextField } from '../../components/fields';
import { FormShell } from '../../components/FormShell';
import { Loading } from '../../components/Notice';
import { Page } from '../../components/Page';
import { signInPathFor } from '../../lib/next-path';
import { useFormFeedback } from '../../lib/use-form-feedback';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useLocalizedForm } from '../../lib/use-localized-form';
import { api } from '../../api/client';
import { useActivateT } from './activate-i18n';

const PATH = '/representations/activate';

interface Values {
  caseNumber: string;
  validationKey: string;
}

/** The shape only; the key itself is checked by the server (422 on the field when wrong). */
const activationSchema = z.object({
  caseNumber: z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .max(40, { error: 'tooLong' })
    .regex(/^[A-Za-z0-9-]+$/, { error: 'invalid' }),
  validationKey: z
    .string()
    .transform((value) => value.replace(/[\s-]/g, ''))
    .pipe(
      z
        .string()
        .min(1, { error: 'required' })
        .regex(/^[A-Za-z0-9]{12}$/, { error: 'invalid' }),
    ),
});

/**
 * REP-2: the invited person (signed in, or after signing in or registering) enters the case
 * number and the validation key from the invitation e-mail, then lands on the case.
 */
export default function ActivateRepresentationPage() {
  const t = useActivateT();
  const session = useSession();
  if (session.isPending) return <Loading label={t('app.loading')} />;
  if (!session.data?.user) {
    return (
      <Page title={t('cp.act.title')}>
        <p>{t('cp.act.intro')}</p>
        <p>{t('cp.act.signedOut')}</p>
        <div className="actions">
          <Link className="button button--primary" to={signInPathFor(PATH)}>
            {t('cp.act.signIn')}
          </Link>
          <Link
            className="button button--secondary"
            to={`/register?next=${encodeURIComponent(PATH)}`}
          >
            {t('cp.act.register')}
          </Link>
        </div>
      </Page>
    );
  }
  return <ActivationForm />;
}

function ActivationForm() {
  const t = useActivateT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const announce = useAnnounce();
  const feedback = useFormFeedback();
  const form = useLocalizedForm<Values>(activationSchema, { caseNumber: '', validationKey: '' });
  const { errors, isSubmitting } = form.formState;
  const labels = { caseNumber: t('cp.act.caseNumber'), validationKey: t('cp.act.key') };

  const submit = useFormSubmit(
    form,
    feedback,
    {
      labels,
      // A wrong key and an unknown case number answer alike (ADR 8): the message goes on the key.
      codeFields: {
        representation_key_invalid: 'validationKey',
        representation_key_used: 'validationKey',
        representation_key_expired: 'validationKey',
      },
    },
    async (values) => {
      const done = await api.post<{ caseId: string; caseNumber: string }>(
        '/api/representations/activate',
        {
          caseNumber: values.caseNumber.trim(),
          validationKey: values.validationKey.replace(/[\s-]/g, ''),
        },
      );
      await client.invalidateQueries({ queryKey: queryKeys.cases });
      announce(t('cp.act.done', { caseNumber: done.caseNumber }));
      await navigate(`/cases/${encodeURIComponent(done.caseId)}`);
    },
  );

  return (
    <Page title={t('cp.act.title')}>
      <p>{t('cp.act.intro')}</p>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('cp.act.submit')}
        busy={isSubmitting}
      >
        <TextField
          label={labels.caseNumber}
          hint={t('cp.act.caseNumberHint')}
          registration={form.register('caseNumber')}
          error={errors.caseNumber?.message}
          autoComplete="off"
          className="field--short"
          required
        />
        <TextField
          label={labels.validationKey}
          hint={t('cp.act.keyHint')}
          registration={form.register('validationKey')}
          error={errors.validationKey?.message}
          autoComplete="off"
          spellCheck={false}
          className="field--short"
          required
        />
      </FormShell>
    </Page>
  );
}
