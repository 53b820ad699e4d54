import type { SessionState } from '@entente/contracts';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useState } from 'react';
import { authApi } from '../api/endpoints';
import { useSessionStore } from '../api/queries';
import { useAnnounce } from '../components/Announcer';
import { Notice } from '../components/Notice';
import { useFormat, useT } from '../i18n/hooks';
import { apiErrorMessage } from '../lib/api-form-errors';
import { useSignOut } from './use-sign-out';

interface Props {
  session: SessionState;
  deadline: number;
  onClose: () => void;
}

/** SEC-10: an alert dialog before the idle timeout, to extend the session or sign out. */
export default function SessionTimeoutDialog({ session, deadline, onClose }: Props) {
  const t = useT();
  const format = useFormat();
  const announce = useAnnounce();
  const sessionStore = useSessionStore();
  const signOut = useSignOut();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const absolute = session.absoluteExpiresAt ? Date.parse(session.absoluteExpiresAt) : Infinity;
  const canExtend = absolute > deadline;

  async function extend() {
    setBusy(true);
    setError(null);
    try {
      sessionStore.refreshed(await authApi.extend());
      onClose();
      announce(t('timeout.extended'));
    } catch (caught) {
      setError(apiErrorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalOverlay isOpen isDismissable={false} isKeyboardDismissDisabled className="modal-overlay">
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog" aria-describedby="session-timeout-body">
          <Heading slot="title" className="dialog__title">
            {t('timeout.title')}
          </Heading>
          <p id="session-timeout-body">
            {t('timeout.body', { time: format.time(new Date(deadline).toISOString()) })}
          </p>
          {error && <Notice tone="error">{error}</Notice>}
          <div className="actions">
            {canExtend && (
              <Button
                className="button button--primary"
                onPress={() => void extend()}
                isDisabled={busy}
              >
                {t('timeout.extend')}
              </Button>
            )}
            <Button className="button button--secondary" onPress={() => void signOut()}>
              {t('timeout.signOut')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
