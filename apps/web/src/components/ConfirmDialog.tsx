import { type ReactNode, type Ref, useId, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Notice } from './Notice';

interface Props {
  /** The trigger button's content and class. */
  trigger: ReactNode;
  triggerClassName: string;
  triggerRef?: Ref<HTMLButtonElement>;
  title: string;
  /** The first paragraph: the dialog's description for screen readers. */
  body: string;
  /** More paragraphs after the description. */
  details?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** The confirmed action; the dialog stays open with `errorMessage`'s text when it throws. */
  action: () => Promise<unknown>;
  /** After the action succeeded and the dialog closed (refresh, announce, move the focus). */
  onDone?: () => Promise<void> | void;
  /** After a failure, besides showing the message (refresh what may have changed). */
  onFailed?: () => void;
  errorMessage: (caught: unknown) => string;
  /** Controlled opening, for a trigger that opens it on the click that loaded it. */
  isOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
}

/**
 * A confirmation before a consequential step ("Retirer", "Demander la médiation", "Soumettre"):
 * a modal dialog named by its title and described by its first paragraph, the confirm button
 * disabled while the request runs, the API's message inside the dialog on failure. Closing it
 * returns the focus to the trigger (react-aria).
 */
export function ConfirmDialog(props: Props) {
  const { action, onDone, onFailed, errorMessage, onOpenChange } = props;
  const bodyId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm(close: () => void) {
    setBusy(true);
    setError(null);
    try {
      await action();
      close();
      await onDone?.();
    } catch (caught) {
      setError(errorMessage(caught));
      onFailed?.();
    } finally {
      setBusy(false);
    }
  }

  return (
    <DialogTrigger
      {...(props.isOpen === undefined ? {} : { isOpen: props.isOpen })}
      onOpenChange={(open) => {
        setError(null);
        onOpenChange?.(open);
      }}
    >
      <Button ref={props.triggerRef} className={props.triggerClassName}>
        {props.trigger}
      </Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal">
          <Dialog className="dialog" aria-describedby={bodyId}>
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {props.title}
                </Heading>
                <p id={bodyId}>{props.body}</p>
                {props.details}
                {error && <Notice tone="error">{error}</Notice>}
                <div className="actions">
                  <Button
                    className="button button--primary"
                    isDisabled={busy}
                    onPress={() => void confirm(close)}
                  >
                    {props.confirmLabel}
                  </Button>
                  <Button className="button button--secondary" onPress={close}>
                    {props.cancelLabel}
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
