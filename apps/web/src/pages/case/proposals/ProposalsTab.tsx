import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { CaseSummary } from '../../../api/case-types';
import { Loading, Notice } from '../../../components/Notice';
import { useFormat } from '../../../i18n/hooks';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { casePageApi, casePageKeys, downloadPath, type CaseProposals } from '../case-api';
import { useCaseT } from '../case-i18n';
import { isMediationBoard, mediatorProposalOf } from '../mediation/mediation-view';
import { AcceptProposal } from './AcceptProposal';
import { MediationBoard } from './MediationBoard';
import { ProposalContentView } from './ProposalContentView';
import { ProposalEditor } from './ProposalEditor';
import { ProposalHistory } from './ProposalHistory';
import { turnFor } from './proposal-text';

type Editing = null | 'counter' | 'modify';

/**
 * QC-12 "Tableau des propositions": the current proposal and whose turn it is; its author may
 * "Modifier" it until the other side acts; the other side accepts it (tick, then "Accepter la
 * proposition") or counter-proposes with the same form and an agreement preview. The full
 * history of immutable versions follows. After acceptance: "Entente conclue" and the agreement.
 * Once a mediator works on a qc case the board shows the mediator's proposal and the mediation
 * discussion instead (QC-17, QC-18), the negotiation's history below.
 */
export default function ProposalsTab({ summary }: { summary: CaseSummary }) {
  const t = useCaseT();
  const board = useQuery({
    queryKey: casePageKeys.proposals(summary.id),
    queryFn: () => casePageApi.proposals(summary.id),
  });
  if (board.isPending) return <Loading label={t('app.loading')} />;
  if (board.isError) return <Notice tone="error">{apiErrorMessage(board.error, t)}</Notice>;
  if (isMediationBoard(summary, board.data)) {
    return <MediationLayout summary={summary} board={board.data} />;
  }
  return <Board summary={summary} board={board.data} />;
}

/** The agreement and where its document is (QC-13; "… en médiation" for QC-17's). */
function AgreementNotice({ summary, board }: { summary: CaseSummary; board: CaseProposals }) {
  const t = useCaseT();
  const format = useFormat();
  if (!board.agreement) return null;
  const inMediation = board.agreement.proposalId === mediatorProposalOf(board)?.id;
  return (
    <Notice tone="success" live={false}>
      <p className="proposal__agreement">
        {t(inMediation ? 'cp.med.prop.agreement' : 'cp.prop.agreement')}
      </p>
      <p>{t('cp.prop.agreementAt', { date: format.dateTime(board.agreement.reachedAt) })}</p>
      {board.agreement.documentId ? (
        <p>
          <a href={downloadPath(summary.id, board.agreement.documentId)} download>
            {t('cp.prop.agreementDocument')}
          </a>
        </p>
      ) : (
        <p>{t('cp.prop.agreementPending')}</p>
      )}
    </Notice>
  );
}

function RepresentedNotice({ summary }: { summary: CaseSummary }) {
  const t = useCaseT();
  const represented =
    summary.myRoles.includes('consumer') && summary.consumerRepresentative?.status === 'active';
  if (!represented) return null;
  return (
    <Notice tone="info" live={false}>
      {t('cp.prop.represented')}
    </Notice>
  );
}

function MediationLayout({ summary, board }: { summary: CaseSummary; board: CaseProposals }) {
  const t = useCaseT();
  return (
    <>
      <h2>{t('cp.tab.propositions')}</h2>
      <AgreementNotice summary={summary} board={board} />
      <RepresentedNotice summary={summary} />
      <MediationBoard summary={summary} board={board} />
      <ProposalHistory board={board} />
    </>
  );
}

function Board({ summary, board }: { summary: CaseSummary; board: CaseProposals }) {
  const t = useCaseT();
  const format = useFormat();
  const [editing, setEditing] = useState<Editing>(null);
  const editorArea = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const current = board.proposals.find((p) => p.id === board.currentProposalId) ?? null;
  const latest = current?.versions.at(-1) ?? null;
  const whose = turnFor(board.turn, board.mySide);

  useEffect(() => {
    if (editing) editorArea.current?.querySelector<HTMLElement>('h3')?.focus();
  }, [editing]);
  // A board whose state changed (accepted elsewhere, countered) closes a stale editor.
  useEffect(() => {
    if (editing === 'modify' && !board.may.modify) setEditing(null);
    if (editing === 'counter' && !board.may.counter) setEditing(null);
  }, [board.may.modify, board.may.counter, editing]);

  function stopEditing() {
    setEditing(null);
    heading.current?.focus();
  }

  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        {t('cp.tab.propositions')}
      </h2>
      <AgreementNotice summary={summary} board={board} />
      <RepresentedNotice summary={summary} />
      {summary.status === 'mediation_requested' && (
        <Notice tone="info" live={false}>
          {t('cp.med.prop.awaitingMediator')}
        </Notice>
      )}
      {!board.agreement && summary.status === 'negotiation' && !summary.merchantRepresentative && (
        <p>{t('cp.prop.awaitingTakeCharge')}</p>
      )}
      {whose !== 'none' && (
        <p className="proposal__turn">
          <strong>{t(`cp.prop.turn.${whose}`)}</strong>
        </p>
      )}

      {current && latest && (
        <section className="section proposal" aria-labelledby="current-proposal">
          <h3 id="current-proposal">{t('cp.prop.current')}</h3>
          <p className="proposal__meta">
            {t(`cp.prop.by.${current.author}`)} –{' '}
            {t('cp.prop.versionMeta', {
              version: latest.version,
              date: format.dateTime(latest.at),
              name: latest.byName ?? '—',
            })}
          </p>
          <ProposalContentView content={latest.content} currency={board.currency} />
          {board.may.accept && (
            <AcceptProposal caseId={summary.id} proposalId={current.id} version={latest.version} />
          )}
          {(board.may.modify || board.may.counter) && editing === null && (
            <div className="actions">
              {board.may.modify && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setEditing('modify')}
                >
                  {t('cp.prop.modify')}
                </button>
              )}
              {board.may.counter && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setEditing('counter')}
                >
                  {t('cp.prop.counter')}
                </button>
              )}
            </div>
          )}
        </section>
      )}
      {!current && board.may.counter && editing === null && (
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setEditing('counter')}
          >
            {t('cp.prop.counter')}
          </button>
        </div>
      )}
      <div ref={editorArea}>
        {editing && (
          <ProposalEditor
            key={editing}
            caseId={summary.id}
            mode={
              editing === 'modify' && current && latest
                ? { kind: 'modify', proposalId: current.id, baseVersion: latest.version }
                : { kind: 'counter' }
            }
            initial={latest?.content ?? null}
            onDone={stopEditing}
            onCancel={stopEditing}
          />
        )}
      </div>
      <ProposalHistory board={board} />
    </>
  );
}
