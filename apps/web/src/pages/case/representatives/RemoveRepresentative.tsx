import { useEffect, useRef, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Notice } from '../../../components/Notice';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { casePageApi } from '../case-api';
import { useCaseT } from '../case-i18n';

interface Props {
  caseId: string;
  representativeId: string;
  name: string;
  onRemoved: () => Promise<void>;
  /** Opened by the click that loaded this chunk: focus the real trigger, then open. */
  openOnMount: boolean;
}

/** "Retirer": a confirmation dialog, then the representative loses access at once (REP-3). */
export default function RemoveRepresentative(props: Props) {
  const { caseId, representativeId, name, onRemoved, openOnMount } = props;
  const t = useCaseT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!openOnMount) return;
    // Focus first so that closing the dialog returns focus to this button.
    trigger.current?.focus();
    setOpen(true);
  }, [openOnMount]);

  async function remove(close: () => void) {
    setBusy(true);
    setError(null);
    try {
      await casePageApi.removeRepresentative(caseId, representativeId);
      close();
      await onRemoved();
    } catch (caught) {
      setError(apiErrorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <DialogTrigger
      isOpen={open}
      onOpenChange={(next) => {
        setError(null);
        setOpen(next);
      }}
    >
      <Button ref={trigger} className="button button--secondary">
        {t('cp.rep.remove')}
        <span className="visually-hidden"> {name}</span>
      </Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal">
          <Dialog className="dialog" aria-describedby="remove-representative-body">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {t('cp.rep.removeTitle', { name })}
                </Heading>
                <p id="remove-representative-body">{t('cp.rep.removeBody')}</p>
                {error && <Notice tone="error">{error}</Notice>}
                <div className="actions">
                  <Button
                    className="button button--primary"
                    isDisabled={busy}
                    onPress={() => void remove(close)}
                  >
                    {t('cp.rep.removeConfirm')}
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
