import type { Challenge } from '@entente/contracts';
import { useEffect, useRef, useState } from 'react';
import { authApi } from '../../api/endpoints';
import { Notice } from '../../components/Notice';
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
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => headingRef.current?.focus(), []);

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
    <section className="code-step" aria-labelledby="send-code-title">
      <button type="button" className="link-button back-link" onClick={onCancel}>
        <span aria-hidden="true">&lt; </span>
        {t('code.cancel')}
      </button>
      <h2 id="send-code-title" ref={headingRef} tabIndex={-1}>
        {t('code.heading')}
      </h2>
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
    </section>
  );
}
