import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { queryKeys } from '../../../api/queries';
import { useAnnounce } from '../../../components/Announcer';
import { Notice } from '../../../components/Notice';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { casePageApi } from '../case-api';
import { CASE_STATUS_ID } from '../case-ids';
import { useCaseT } from '../case-i18n';

function focusStatus() {
  document.getElementById(CASE_STATUS_ID)?.focus();
}

/**
 * QC-15 "Demander la médiation", next to "Fermer le dossier": a confirmation dialog, then the
 * status banner reads "Médiation demandée" and takes the focus. Shown only when the engine
 * allows it; `MediationNotices` says why not otherwise.
 */
export function RequestMediationButton({ caseId }: { caseId: string }) {
  const t = useCaseT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function request(close: () => void) {
    setBusy(true);
    setError(null);
    try {
      await casePageApi.command(caseId, { type: 'request_mediation' });
      close();
      await client.invalidateQueries({ queryKey: queryKeys.cases });
      announce(t('cp.med.requested'));
      focusStatus();
    } catch (caught) {
      setError(apiErrorMessage(caught, t));
      void client.invalidateQueries({ queryKey: queryKeys.cases });
    } finally {
      setBusy(false);
    }
  }

  return (
    <DialogTrigger onOpenChange={() => setError(null)}>
      <Button className="button button--primary">{t('cp.med.request')}</Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal">
          <Dialog className="dialog" aria-describedby="request-mediation-body">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {t('cp.med.requestTitle')}
                </Heading>
                <p id="request-mediation-body">{t('cp.med.requestBody')}</p>
                <p>{t('cp.med.requestedInfo')}</p>
                {error && <Notice tone="error">{error}</Notice>}
                <div className="actions">
                  <Button
                    className="button button--primary"
                    isDisabled={busy}
                    onPress={() => void request(close)}
                  >
                    {t('cp.med.requestConfirm')}
                  </Button>
                  <Button className="button button--secondary" onPress={close}>
                    {t('close.cancel')}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
