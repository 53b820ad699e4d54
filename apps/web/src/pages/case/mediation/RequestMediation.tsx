import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queries';
import { useAnnounce } from '../../../components/Announcer';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
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
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.cases });

  return (
    <ConfirmDialog
      triggerClassName="button button--primary"
      trigger={t('cp.med.request')}
      title={t('cp.med.requestTitle')}
      body={t('cp.med.requestBody')}
      details={<p>{t('cp.med.requestedInfo')}</p>}
      confirmLabel={t('cp.med.requestConfirm')}
      cancelLabel={t('close.cancel')}
      action={() => casePageApi.command(caseId, { type: 'request_mediation' })}
      onDone={async () => {
        await refresh();
        announce(t('cp.med.requested'));
        focusStatus();
      }}
      onFailed={() => void refresh()}
      errorMessage={(caught) => apiErrorMessage(caught, t)}
    />
  );
}
