import { codeBody, type CodeBody } from '@entente/contracts';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { authApi } from '../api/endpoints';
import { queryKeys, useSession, useSessionStore } from '../api/queries';
import { useAnnounce } from '../components/Announcer';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/fields';
import { Loading, Notice } from '../components/Notice';
import { Page } from '../components/Page';
import { RequiredNotice } from '../components/RequiredNotice';
import { useLanguage } from '../i18n/hooks';
import { apiErrorMessage, applyApiError } from '../lib/api-form-errors';
import { localizedResolver } from '../lib/form-resolver';
import { groupSecret, svgDataUrl } from '../lib/svg-data-url';
import { useFormFeedback } from '../lib/use-form-feedback';

/** ACC-7 enrolment: QR code + the secret as text + the first code from the app. */
export default function TotpPage() {
  const { t, language } = useLanguage();
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
        <TotpEnrolment secret={setup.data.secret} qrSvg={setup.data.qrSvg} language={language} />
      )}
    </Page>
  );
}

function TotpEnrolment({
  secret,
  qrSvg,
  language,
}: {
  secret: string;
  qrSvg: string;
  language: 'fr' | 'en';
}) {
  const { t } = useLanguage();
  const sessionStore = useSessionStore();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const feedback = useFormFeedback();
  const form = useForm<CodeBody>({
    resolver: localizedResolver<CodeBody>(codeBody, language),
    defaultValues: { code: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const labels = { code: t('field.totpCode') };

  const submit = form.handleSubmit(async ({ code }) => {
    feedback.start();
    try {
      sessionStore.signedIn(await authApi.totpConfirm(code));
      announce(t('totp.done'));
      await navigate('/cases', { replace: true });
    } catch (error) {
      feedback.fail(
        applyApiError(error, {
          setError: form.setError,
          fields: ['code'],
          codeFields: { totp_invalid: 'code', code_invalid: 'code' },
          t,
        }),
      );
    }
  }, feedback.onInvalid);

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
          label={labels.code}
          registration={form.register('code')}
          error={errors.code?.message}
          inputMode="numeric"
          autoComplete="one-time-code"
          className="field--short"
          required
        />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('totp.confirm')}
          </button>
        </div>
      </form>
    </>
  );
}
