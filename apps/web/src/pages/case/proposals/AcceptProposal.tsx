import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { queryKeys } from '../../../api/queries';
import { useAnnounce } from '../../../components/Announcer';
import { FieldError } from '../../../components/fields';
import { Notice } from '../../../components/Notice';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { casePageApi } from '../case-api';
import { useCaseT } from '../case-i18n';

interface Props {
  caseId: string;
  proposalId: string;
  version: number;
  /** QC-17: the mediator's proposal ("Accepter la proposition du médiateur"). */
  mediation?: boolean;
  /** After the acceptance, once the board shows it (the form is gone: the focus moves). */
  onAccepted?: () => void;
}

const LABELS = {
  negotiation: {
    box: 'cp.prop.acceptBox',
    required: 'cp.prop.acceptRequired',
    button: 'cp.prop.accept',
  },
  mediation: {
    box: 'cp.med.prop.acceptBox',
    required: 'cp.med.prop.acceptRequired',
    button: 'cp.med.prop.accept',
  },
} as const;

/**
 * QC-12 "Cocher la case d'acceptation", then "Accepter la proposition" (seed 000); QC-17 the same
 * for the mediator's proposal, whose acceptance concludes the agreement only once both parties
 * accepted the same version.
 */
export function AcceptProposal({ caseId, proposalId, version, mediation, onAccepted }: Props) {
  const t = useCaseT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const box = useRef<HTMLInputElement>(null);
  const [ticked, setTicked] = useState(false);
  const [boxError, setBoxError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const labels = LABELS[mediation ? 'mediation' : 'negotiation'];

  async function accept(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!ticked) {
      setBoxError(t(labels.required));
      box.current?.focus();
      return;
    }
    setBoxError(null);
    setError(null);
    setBusy(true);
    try {
      const result = await casePageApi.command(caseId, {
        type: 'accept_proposal',
        proposalId,
        version,
      });
      await client.invalidateQueries({ queryKey: queryKeys.cases });
      if (!mediation) announce(t('cp.prop.accepted'));
      else if (result.status === 'closed') announce(t('cp.med.prop.acceptedAgreement'));
      else announce(t('cp.med.prop.acceptedWaiting'));
      onAccepted?.();
    } catch (caught) {
      setError(apiErrorMessage(caught, t));
      void client.invalidateQueries({ queryKey: queryKeys.cases });
    } finally {
      setBusy(false);
    }
  }

  const id = `accept-${proposalId}`;
  return (
    <form noValidate onSubmit={accept} className="form proposal__accept">
      {error && <Notice tone="error">{error}</Notice>}
      <div className={boxError ? 'field checkbox field--invalid' : 'field checkbox'}>
        <FieldError id={id} message={boxError ?? undefined} />
        <div className="checkbox__row">
          <input
            id={id}
            ref={box}
            type="checkbox"
            className="checkbox__input"
            checked={ticked}
            aria-invalid={boxError ? true : undefined}
            aria-describedby={boxError ? `${id}-error` : undefined}
            onChange={(event) => setTicked(event.target.checked)}
          />
          <label htmlFor={id}>{t(labels.box)}</label>
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t(labels.button)}
        </button>
      </div>
    </form>
  );
}
