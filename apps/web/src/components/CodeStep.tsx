import { codeBody, type CodeBody } from '@entente/contracts';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLanguage } from '../i18n/hooks';
import { apiErrorMessage, applyApiError } from '../lib/api-form-errors';
import { localizedResolver } from '../lib/form-resolver';
import { useFormFeedback } from '../lib/use-form-feedback';
import { useAnnounce } from './Announcer';
import { ErrorSummary } from './ErrorSummary';
import { TextField } from './fields';
import { Notice } from './Notice';
import { RequiredNotice } from './RequiredNotice';

interface CodeStepProps {
  /** 'email': code e-mailed (sign-in, registration); 'totp': authenticator app code. */
  kind: 'email' | 'totp';
  maskedEmail?: string;
  onVerify: (code: string) => Promise<void>;
  onResend?: () => Promise<void>;
  onCancel: () => void;
}

/** The seed's verification screen: code field, "Vérifier le code", "Envoyer un nouveau code", "< Annuler". */
export function CodeStep({ kind, maskedEmail, onVerify, onResend, onCancel }: CodeStepProps) {
  const { t, language } = useLanguage();
  const announce = useAnnounce();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedback = useFormFeedback();
  const [resent, setResent] = useState(false);
  const [resendError, setResendError] = useState<string | null>(null);
  const form = useForm<CodeBody>({
    resolver: localizedResolver<CodeBody>(codeBody, language),
    defaultValues: { code: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;

  useEffect(() => headingRef.current?.focus(), []);

  const submit = form.handleSubmit(async ({ code }) => {
    feedback.start();
    try {
      await onVerify(code);
    } catch (error) {
      feedback.fail(
        applyApiError(error, {
          setError: form.setError,
          fields: ['code'],
          codeFields: { code_invalid: 'code', totp_invalid: 'code' },
          t,
        }),
      );
    }
  }, feedback.onInvalid);

  async function resend() {
    if (!onResend) return;
    setResendError(null);
    try {
      await onResend();
      setResent(true);
      form.setValue('code', '');
      announce(t('code.resent'));
    } catch (error) {
      setResendError(apiErrorMessage(error, t));
    }
  }

  const fieldLabel = kind === 'email' ? t('field.code') : t('field.totpCode');
  return (
    <section className="code-step" aria-labelledby="code-step-title">
      <button type="button" className="link-button back-link" onClick={onCancel}>
        <span aria-hidden="true">&lt; </span>
        {t('code.cancel')}
      </button>
      <h2 id="code-step-title" ref={headingRef} tabIndex={-1}>
        {kind === 'email' ? t('code.heading') : t('totpStep.heading')}
      </h2>
      <p>{kind === 'email' ? t('code.sent') : t('totpStep.intro')}</p>
      {maskedEmail && (
        <dl className="facts">
          <dt>{t('field.email')}</dt>
          <dd>{maskedEmail}</dd>
        </dl>
      )}
      {resent && (
        <Notice tone="success" live={false}>
          {t('code.resent')}
        </Notice>
      )}
      {resendError && <Notice tone="error">{resendError}</Notice>}
      <ErrorSummary
        ref={feedback.summaryRef}
        errors={errors}
        labels={{ code: fieldLabel }}
        formError={feedback.formError}
        visible={feedback.attempted}
      />
      <form noValidate onSubmit={submit} className="form">
        <RequiredNotice />
        <TextField
          label={fieldLabel}
          registration={form.register('code')}
          error={errors.code?.message}
          hint={kind === 'email' ? t('code.hint') : undefined}
          required
          inputMode="numeric"
          autoComplete="one-time-code"
          className="field--short"
        />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('code.verify')}
          </button>
          {onResend && (
            <button type="button" className="button button--secondary" onClick={resend}>
              {t('code.resend')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
