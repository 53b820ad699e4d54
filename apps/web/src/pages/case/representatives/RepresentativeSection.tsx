import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { caseActionsQuery, caseSummaryQuery, queryKeys } from '../../../api/queries';
import { useAnnounce } from '../../../components/Announcer';
import { Loading, Notice } from '../../../components/Notice';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { casePageApi } from '../case-api';
import { useCaseT } from '../case-i18n';

// The invitation form (zod, react-hook-form) loads when asked for: the summary tab opens without.
const RepresentativeForm = lazy(() =>
  import('./RepresentativeForm').then((m) => ({ default: m.RepresentativeForm })),
);

interface Props {
  caseId: string;
  /** The heading level where the section sits (the wizard's step is an h3, the tab an h2). */
  level?: 3 | 4;
}

/**
 * REP-1 to REP-3 on the case: the consumer names a representative ("Ajouter une représentante
 * ou un représentant", from the Parties step of the draft or the summary afterwards), sees the
 * invitation or the active representative, and may remove them at any time ("Retirer"). While a
 * representative acts, the consumer reads the case and may still add documents.
 */
export function RepresentativeSection({ caseId, level = 3 }: Props) {
  const t = useCaseT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const formArea = useRef<HTMLDivElement>(null);
  const summary = useQuery(caseSummaryQuery(caseId));
  const actions = useQuery(caseActionsQuery(caseId));

  if (!summary.data) return null;
  const s = summary.data;
  const rep = s.consumerRepresentative;
  const may = new Set(actions.data?.actions ?? []);
  const isConsumer = s.myRoles.includes('consumer');
  const Title = level === 3 ? 'h3' : 'h4';
  if (!rep && !may.has('add_representative')) return null;

  async function refresh() {
    await client.invalidateQueries({ queryKey: queryKeys.cases });
  }

  return (
    <section className="section" aria-labelledby={`representative-${caseId}`}>
      <Title id={`representative-${caseId}`}>{t('cp.rep.title')}</Title>
      {rep ? (
        <>
          <p>
            {t(rep.status === 'active' ? 'cp.rep.active' : 'cp.rep.invited', {
              name: `${rep.firstName} ${rep.lastName}`,
              relationship: rep.relationship,
            })}
          </p>
          {isConsumer && rep.status === 'active' && (
            <Notice tone="info" live={false}>
              {t('cp.rep.represented')}
            </Notice>
          )}
          {may.has('remove_representative') && (
            <RemoveRepresentative
              caseId={caseId}
              representativeId={rep.id}
              name={`${rep.firstName} ${rep.lastName}`}
              onRemoved={async () => {
                await refresh();
                announce(t('cp.rep.removed'));
              }}
            />
          )}
        </>
      ) : (
        <>
          <p>{t('cp.rep.none')}</p>
          <div className="actions">
            <button
              ref={addButton}
              type="button"
              className="button button--secondary"
              aria-expanded={adding}
              aria-controls={`representative-form-${caseId}`}
              onClick={() => setAdding((value) => !value)}
            >
              {t('cp.rep.add')}
            </button>
          </div>
        </>
      )}
      <div id={`representative-form-${caseId}`} ref={formArea}>
        {adding && !rep && (
          <Suspense fallback={<Loading label={t('app.loading')} />}>
            <RepresentativeForm
              caseId={caseId}
              programme={s.programme}
              onCancel={() => {
                setAdding(false);
                addButton.current?.focus();
              }}
              onInvited={async (name) => {
                setAdding(false);
                await refresh();
                announce(t('cp.rep.sent', { name }));
              }}
            />
            <FocusHeading within={formArea} />
          </Suspense>
        )}
      </div>
    </section>
  );
}

/** Focuses the opened form's heading once its chunk has arrived and it is on the page. */
function FocusHeading({ within }: { within: RefObject<HTMLDivElement | null> }) {
  useEffect(() => within.current?.querySelector<HTMLElement>('h4')?.focus(), [within]);
  return null;
}

interface RemoveProps {
  caseId: string;
  representativeId: string;
  name: string;
  onRemoved: () => Promise<void>;
}

/** "Retirer": a confirmation dialog, then the representative loses access at once (REP-3). */
function RemoveRepresentative({ caseId, representativeId, name, onRemoved }: RemoveProps) {
  const t = useCaseT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
    <DialogTrigger onOpenChange={() => setError(null)}>
      <Button className="button button--secondary">
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
