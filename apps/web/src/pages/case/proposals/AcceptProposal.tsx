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
}

/** QC-12 "Cocher la case d'acceptation", then "Accepter la proposition" (seed 000). */
export function AcceptProposal({ caseId, proposalId, version }: Props) {
  const t = useCaseT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const box = useRef<HTMLInputElement>(null);
  const [ticked, setTicked] = useState(false);
  const [boxError, setBoxError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function accept(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!ticked) {
      setBoxError(t('cp.prop.acceptRequired'));
      box.current?.focus();
      return;
    }
    setBoxError(null);
    setError(null);
    setBusy(true);
    try {
      await casePageApi.command(caseId, { type: 'accept_proposal', proposalId, version });
      await client.invalidateQueries({ queryKey: queryKeys.cases });
      announce(t('cp.prop.accepted'));
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
          <label htmlFor={id}>{t('cp.prop.acceptBox')}</label>
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('cp.prop.accept')}
        </button>
      </div>
    </form>
  );
}
