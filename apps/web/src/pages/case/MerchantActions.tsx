import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { CaseSummary } from '../../api/case-types';
import { queryKeys, useMe } from '../../api/queries';
import { useAnnounce } from '../../components/Announcer';
import { controlAria, FieldFrame } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { apiErrorMessage } from '../../lib/api-form-errors';
import { casePageApi } from './case-api';
import { useCaseT } from './case-i18n';

const MAX_REASON = 2000;

/**
 * The business's side of a new case: "Prendre en charge ce dossier" (QC-10: one representative
 * at a time; taking over names the person replaced) and, before anyone took charge, "Refuser de
 * négocier" with a reason (QC-9), confirmed in a dialog since it closes the case.
 */
export function MerchantActions({ summary, actions }: { summary: CaseSummary; actions: string[] }) {
  const t = useCaseT();
  const me = useMe();
  const client = useQueryClient();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const canTake = actions.includes('take_charge');
  const canRefuse = actions.includes('refuse_negotiation');
  if (!canTake && !canRefuse) return null;
  const current = summary.merchantRepresentative;
  const replaced = current && current.userId !== me?.id ? current.name : null;

  async function takeCharge() {
    setBusy(true);
    setError(null);
    try {
      await casePageApi.command(summary.id, { type: 'take_charge' });
      await client.invalidateQueries({ queryKey: queryKeys.cases });
      announce(t('cp.merchant.taken'));
    } catch (caught) {
      setError(apiErrorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="merchant-actions">
      {replaced && canTake && <p>{t('cp.merchant.takeOver', { name: replaced })}</p>}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="actions">
        {canTake && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void takeCharge()}
          >
            {t('cp.merchant.take')}
          </button>
        )}
        {canRefuse && <RefuseNegotiation caseId={summary.id} />}
      </div>
    </div>
  );
}

function RefuseNegotiation({ caseId }: { caseId: string }) {
  const t = useCaseT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function refuse(event: FormEvent<HTMLFormElement>, close: () => void) {
    event.preventDefault();
    const text = reason.trim();
    if (text === '' || text.length > MAX_REASON) {
      setFieldError(t(text === '' ? 'cp.merchant.reasonRequired' : 'cp.merchant.reasonTooLong'));
      return;
    }
    setFieldError(null);
    setError(null);
    setBusy(true);
    try {
      await casePageApi.command(caseId, { type: 'refuse_negotiation', reason: text });
      close();
      await client.invalidateQueries({ queryKey: queryKeys.cases });
      announce(t('cp.merchant.refused'));
    } catch (caught) {
      setError(apiErrorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  }

  const id = 'refuse-reason';
  const field = {
    label: t('cp.merchant.reason'),
    hint: t('cp.merchant.reasonHint'),
    error: fieldError ?? undefined,
    required: true,
  };
  return (
    <DialogTrigger
      onOpenChange={() => {
        setError(null);
        setFieldError(null);
      }}
    >
      <Button className="button button--secondary">{t('cp.merchant.refuse')}</Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal">
          <Dialog className="dialog" aria-describedby="refuse-body">
            {({ close }) => (
              <form noValidate onSubmit={(event) => void refuse(event, close)}>
                <Heading slot="title" className="dialog__title">
                  {t('cp.merchant.refuseTitle')}
                </Heading>
                <p id="refuse-body">{t('cp.merchant.refuseBody')}</p>
                {error && <Notice tone="error">{error}</Notice>}
                <FieldFrame id={id} {...field}>
                  <textarea
                    id={id}
                    className="input textarea"
                    rows={4}
                    value={reason}
                    onChange={(event) => setReason(event.target.value)}
                    {...controlAria(id, field)}
                  />
                </FieldFrame>
                <div className="actions">
                  <button type="submit" className="button button--primary" disabled={busy}>
                    {t('cp.merchant.refuseConfirm')}
                  </button>
                  <Button className="button button--secondary" onPress={close}>
                    {t('close.cancel')}
                  </Button>
                </div>
              </form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
