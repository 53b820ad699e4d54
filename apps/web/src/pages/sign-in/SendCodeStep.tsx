import type { Challenge } from '@entente/contracts';
import { useState } from 'react';
import { authApi } from '../../api/endpoints';
import { Notice } from '../../components/Notice';
import { StepSection } from '../../components/StepSection';
import { useT } from '../../i18n/hooks';
import { apiErrorMessage } from '../../lib/api-form-errors';

interface Props {
  challenge: Challenge;
  onSent: (challenge: Challenge) => void;
  onCancel: () => void;
}

/** Seed screen 2: the masked address and "Envoyer un code de vérification". */
export function SendCodeStep({ challenge, onSent, onCancel }: Props) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send() {
    setBusy(true);
    setError(null);
    try {
      onSent(await authApi.sendCode(challenge.challengeId));
    } catch (caught) {
      setError(apiErrorMessage(caught, t));
      setBusy(false);
    }
  }

  return (
    <StepSection titleId="send-code-title" title={t('code.heading')} onCancel={onCancel}>
      <p>{t('signIn.provideInfo')}</p>
      <dl className="facts">
        <dt>{t('field.email')}</dt>
        <dd>{challenge.maskedEmail}</dd>
      </dl>
      {error && <Notice tone="error">{error}</Notice>}
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void send()}
          disabled={busy}
        >
          {t('signIn.sendCode')}
        </button>
      </div>
    </StepSection>
  );
}
