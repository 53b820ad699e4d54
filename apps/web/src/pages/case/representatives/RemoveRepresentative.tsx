import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
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
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!openOnMount) return;
    // Focus first so that closing the dialog returns focus to this button.
    trigger.current?.focus();
    setOpen(true);
  }, [openOnMount]);

  return (
    <ConfirmDialog
      isOpen={open}
      onOpenChange={setOpen}
      triggerRef={trigger}
      triggerClassName="button button--secondary"
      trigger={
        <>
          {t('cp.rep.remove')}
          <span className="visually-hidden"> {name}</span>
        </>
      }
      title={t('cp.rep.removeTitle', { name })}
      body={t('cp.rep.removeBody')}
      confirmLabel={t('cp.rep.removeConfirm')}
      cancelLabel={t('close.cancel')}
      action={() => casePageApi.removeRepresentative(caseId, representativeId)}
      onDone={onRemoved}
      errorMessage={(caught) => apiErrorMessage(caught, t)}
    />
  );
}
