import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import { caseActionsQuery, caseSummaryQuery, queryKeys } from '../../../api/queries';
import { useAnnounce } from '../../../components/Announcer';
import { Loading, Notice } from '../../../components/Notice';
import { useCaseT } from '../case-i18n';

const loadRemoveDialog = () => import('./RemoveRepresentative');
const RemoveRepresentativeDialog = lazy(loadRemoveDialog);
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

/**
 * "Retirer" (REP-3): the react-aria confirmation dialog loads on first use, like the user menu,
 * so that it is not part of the case page's first load.
 */
function RemoveRepresentative(props: RemoveProps) {
  const t = useCaseT();
  const [requested, setRequested] = useState(false);
  const placeholder = (
    <button
      type="button"
      className="button button--secondary"
      aria-haspopup="dialog"
      onPointerEnter={() => void loadRemoveDialog()}
      onFocus={() => void loadRemoveDialog()}
      onClick={() => setRequested(true)}
    >
      {t('cp.rep.remove')}
      <span className="visually-hidden"> {props.name}</span>
    </button>
  );
  if (!requested) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <RemoveRepresentativeDialog {...props} openOnMount />
    </Suspense>
  );
}
