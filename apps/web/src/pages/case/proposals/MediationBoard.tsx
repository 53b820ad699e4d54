import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { CaseSummary } from '../../../api/case-types';
import { Loading, Notice } from '../../../components/Notice';
import { useFormat } from '../../../i18n/hooks';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { liveKeys } from '../../../layout/live-updates';
import type { BoardProposal, CaseProposals, Side } from '../case-api';
import { useCaseT } from '../case-i18n';
import {
  acceptanceBySide,
  acceptancesWereVoided,
  MEDIATION_DISCUSSION_ID,
  mediatorProposalOf,
} from '../mediation/mediation-view';
import '../mediation/mediation.css';
import { messagesApi } from '../messages/messages-api';
import { useMessagesT } from '../messages/messages-i18n';
import '../messages/messages.css';
import { ThreadPanel } from '../messages/ThreadPanel';
import { AcceptProposal } from './AcceptProposal';
import { ProposalContentView } from './ProposalContentView';
import { ProposalEditor } from './ProposalEditor';

type Editing = null | 'make' | 'modify';
const SIDES: readonly Side[] = ['consumer', 'merchant'];

/**
 * QC-17, QC-18: the proposals board in mediation. "Proposition du médiateur" (or "Le médiateur
 * n'a pas fait de proposition") with each party's acceptance of the current version; the
 * mediator makes and modifies it with the negotiation's form and agreement preview, the parties
 * accept it (tick, then "Accepter la proposition du médiateur": there is no reject button). Beside
 * it, the three-way "Espace de discussion en médiation".
 */
export function MediationBoard({ summary, board }: { summary: CaseSummary; board: CaseProposals }) {
  return (
    <div className="mediation-board">
      <MediatorProposal summary={summary} board={board} />
      <MediationDiscussion caseId={summary.id} />
    </div>
  );
}

function MediatorProposal({ summary, board }: { summary: CaseSummary; board: CaseProposals }) {
  const t = useCaseT();
  const format = useFormat();
  const [editing, setEditing] = useState<Editing>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const editorArea = useRef<HTMLDivElement>(null);
  const proposal = mediatorProposalOf(board);
  const latest = proposal?.versions.at(-1) ?? null;
  const open = proposal?.status === 'open' && summary.status === 'mediation';

  useEffect(() => {
    if (editing) editorArea.current?.querySelector<HTMLElement>('h3')?.focus();
  }, [editing]);
  // A board that changed meanwhile (the case closed) closes a stale editor.
  useEffect(() => {
    if (editing === 'modify' && !board.may.modify) setEditing(null);
    if (editing === 'make' && !board.may.counter) setEditing(null);
  }, [board.may.modify, board.may.counter, editing]);

  function backToProposal() {
    setEditing(null);
    heading.current?.focus();
  }

  return (
    <section className="section proposal" aria-labelledby="mediator-proposal">
      <h3 id="mediator-proposal" ref={heading} tabIndex={-1}>
        {t('cp.med.prop.title')}
      </h3>
      {proposal && latest ? (
        <>
          <p className="proposal__meta">
            {t('cp.med.prop.meta', { version: latest.version, date: format.dateTime(latest.at) })}
          </p>
          {acceptancesWereVoided(proposal) && (
            <Notice tone="info" live={false}>
              {t('cp.med.prop.voided', { version: latest.version })}
            </Notice>
          )}
          <ProposalContentView content={latest.content} currency={board.currency} />
          <Acceptances proposal={proposal} />
        </>
      ) : (
        <p>{t('cp.med.prop.none')}</p>
      )}
      {proposal && latest && board.may.accept && (
        <AcceptProposal
          caseId={summary.id}
          proposalId={proposal.id}
          version={latest.version}
          mediation
          onAccepted={() => heading.current?.focus()}
        />
      )}
      {open && board.may.accept && <p className="field__hint">{t('cp.med.prop.noReject')}</p>}
      {editing === null && (board.may.counter || board.may.modify) && (
        <div className="actions">
          {board.may.counter && !proposal && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setEditing('make')}
            >
              {t('cp.med.prop.make')}
            </button>
          )}
          {board.may.modify && proposal && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setEditing('modify')}
            >
              {t('cp.med.prop.modify')}
            </button>
          )}
        </div>
      )}
      <div ref={editorArea}>
        {editing && (
          <ProposalEditor
            key={editing}
            caseId={summary.id}
            variant="mediator"
            mode={
              editing === 'modify' && proposal && latest
                ? { kind: 'modify', proposalId: proposal.id, baseVersion: latest.version }
                : { kind: 'counter' }
            }
            initial={editing === 'modify' ? (latest?.content ?? null) : null}
            onDone={backToProposal}
            onCancel={backToProposal}
          />
        )}
      </div>
    </section>
  );
}

/** Each party's acceptance of the current version ("a accepté le …" / "n'a pas encore accepté"). */
function Acceptances({ proposal }: { proposal: BoardProposal }) {
  const t = useCaseT();
  const format = useFormat();
  const bySide = acceptanceBySide(proposal);
  const version = proposal.versions.at(-1)?.version ?? 1;
  return (
    <>
      <p className="proposal__terms-label">{t('cp.med.prop.acceptances', { version })}</p>
      <ul className="acceptance-list">
        {SIDES.map((side) => {
          const answer = bySide[side];
          return (
            <li key={side}>
              <span className="acceptance-list__mark" aria-hidden="true">
                {answer ? '✓ ' : '○ '}
              </span>
              {t('cp.med.prop.sideStatus', {
                side: t(`cp.med.prop.side.${side}`),
                status: answer
                  ? t('cp.med.prop.acceptedOn', { date: format.dateTime(answer.at) })
                  : t('cp.med.prop.notYet'),
              })}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/**
 * QC-18 "Espace de discussion en médiation": the three-way thread, live, 2000 characters (the
 * messaging centre's panel and composer). The closing form links here.
 */
function MediationDiscussion({ caseId }: { caseId: string }) {
  const t = useMessagesT();
  const location = useLocation();
  const area = useRef<HTMLDivElement>(null);
  const threads = useQuery({
    queryKey: liveKeys.threads(caseId),
    queryFn: () => messagesApi.threads(caseId),
  });
  const thread = threads.data?.threads.find((candidate) => candidate.kind === 'mediation');
  const ready = thread !== undefined;
  // Arriving through a link to the discussion moves the focus there, once per navigation (a
  // live refetch must not take the focus back from the composer).
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || location.hash !== `#${MEDIATION_DISCUSSION_ID}`) return;
    if (focusedFor.current === location.key) return;
    focusedFor.current = location.key;
    area.current?.focus();
  }, [location.key, location.hash, ready]);

  return (
    <div
      id={MEDIATION_DISCUSSION_ID}
      ref={area}
      tabIndex={-1}
      className="mediation-discussion messages"
    >
      {threads.isPending && <Loading label={t('app.loading')} />}
      {threads.isError && <Notice tone="error">{apiErrorMessage(threads.error, t)}</Notice>}
      {threads.isSuccess && !thread && (
        <>
          <h3>{t('msg.thread.mediation')}</h3>
          <p>{t('msg.mediationNotOpen')}</p>
        </>
      )}
      {thread && <ThreadPanel caseId={caseId} thread={thread} title={t('msg.thread.mediation')} />}
    </div>
  );
}
