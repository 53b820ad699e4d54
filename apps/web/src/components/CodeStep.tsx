import { codeBody, type CodeBody } from '@entente/contracts';
import { useState } from 'react';
import { useT } from '../i18n/hooks';
import { apiErrorMessage } from '../lib/api-form-errors';
import { useFormFeedback } from '../lib/use-form-feedback';
import { useFormSubmit } from '../lib/use-form-submit';
import { useLocalizedForm } from '../lib/use-localized-form';
import { useAnnounce } from './Announcer';
import { TextField } from './fields';
import { FormShell } from './FormShell';
import { Notice } from './Notice';
import { StepSection } from './StepSection';

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
  const t = useT();
  const announce = useAnnounce();
  const feedback = useFormFeedback();
  const [resent, setResent] = useState(false);
  const [resendError, setResendError] = useState<string | null>(null);
  const form = useLocalizedForm<CodeBody>(codeBody, { code: '' });
  const { errors, isSubmitting } = form.formState;
  const fieldLabel = kind === 'email' ? t('field.code') : t('field.totpCode');
  const labels = { code: fieldLabel };

  const submit = useFormSubmit(
    form,
    feedback,
    { labels, codeFields: { code_invalid: 'code', totp_invalid: 'code' } },
    ({ code }) => onVerify(code),
  );

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

  return (
    <StepSection
      titleId="code-step-title"
      title={kind === 'email' ? t('code.heading') : t('totpStep.heading')}
      onCancel={onCancel}
    >
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
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('code.verify')}
        busy={isSubmitting}
        actions={
          onResend && (
            <button type="button" className="button button--secondary" onClick={resend}>
              {t('code.resend')}
            </button>
          )
        }
      >
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
      </FormShell>
    </StepSection>
  );
}
