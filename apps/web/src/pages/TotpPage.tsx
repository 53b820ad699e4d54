import { codeBody, type CodeBody } from '@entente/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { authApi } from '../api/endpoints';
import { queryKeys, useSession, useSessionStore } from '../api/queries';
import { useAnnounce } from '../components/Announcer';
import { TextField } from '../components/fields';
import { FormShell } from '../components/FormShell';
import { Loading, Notice } from '../components/Notice';
import { Page } from '../components/Page';
import { useT } from '../i18n/hooks';
import { apiErrorMessage } from '../lib/api-form-errors';
import { groupSecret, svgDataUrl } from '../lib/svg-data-url';
import { useFormFeedback } from '../lib/use-form-feedback';
import { useFormSubmit } from '../lib/use-form-submit';
import { useLocalizedForm } from '../lib/use-localized-form';

/** ACC-7 enrolment: QR code + the secret as text + the first code from the app. */
export default function TotpPage() {
  const t = useT();
  const session = useSession().data;
  const enrolled = session?.user?.totpEnrolled === true;
  const setup = useQuery({
    queryKey: queryKeys.totpSetup,
    queryFn: authApi.totpSetup,
    enabled: !enrolled,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  return (
    <Page title={t('totp.title')}>
      {session?.totpRequired && <Notice tone="info">{t('totp.required')}</Notice>}
      {enrolled ? (
        <>
          <Notice tone="success" live={false}>
            {t('totp.already')}
          </Notice>
          <p>
            <Link to="/profile">{t('totp.toProfile')}</Link>
          </p>
        </>
      ) : setup.isPending ? (
        <Loading label={t('totp.loading')} />
      ) : setup.isError ? (
        <Notice tone="error">{apiErrorMessage(setup.error, t)}</Notice>
      ) : (
        <TotpEnrolment secret={setup.data.secret} qrSvg={setup.data.qrSvg} />
      )}
    </Page>
  );
}

function TotpEnrolment({ secret, qrSvg }: { secret: string; qrSvg: string }) {
  const t = useT();
  const sessionStore = useSessionStore();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const feedback = useFormFeedback();
  const form = useLocalizedForm<CodeBody>(codeBody, { code: '' });
  const { errors, isSubmitting } = form.formState;
  const labels = { code: t('field.totpCode') };

  const submit = useFormSubmit(
    form,
    feedback,
    { labels, codeFields: { totp_invalid: 'code', code_invalid: 'code' } },
    async ({ code }) => {
      sessionStore.signedIn(await authApi.totpConfirm(code));
      announce(t('totp.done'));
      await navigate('/cases', { replace: true });
    },
  );

  return (
    <>
      <ol className="steps">
        <li>{t('totp.step.app')}</li>
        <li>{t('totp.step.scan')}</li>
        <li>{t('totp.step.code')}</li>
      </ol>
      <div className="totp">
        <img
          className="totp__qr"
          src={svgDataUrl(qrSvg)}
          alt={t('totp.qrAlt')}
          width={200}
          height={200}
        />
        <dl className="facts">
          <dt>{t('totp.secret')}</dt>
          <dd>
            <code className="totp__secret">{groupSecret(secret)}</code>
          </dd>
        </dl>
      </div>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('totp.confirm')}
        busy={isSubmitting}
      >
        <TextField
          label={labels.code}
          registration={form.register('code')}
          error={errors.code?.message}
          inputMode="numeric"
          autoComplete="one-time-code"
          className="field--short"
          required
        />
      </FormShell>
    </>
  );
}
