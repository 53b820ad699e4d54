import { useQuery } from '@tanstack/react-query';
import { lazy, memo, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import type { CaseSummary } from '../api/case-types';
import { caseActionsQuery, caseSummaryQuery } from '../api/queries';
import { Loading, Notice } from '../components/Notice';
import { Page } from '../components/Page';
import { useFormat, useT } from '../i18n/hooks';
import { apiErrorMessage } from '../lib/api-form-errors';
import { daysLeft, lastDayOf, outcomeLabel, statusLabel } from '../lib/case-labels';
import { CASE_STATUS_ID, focusCaseChange } from './case/case-ids';
import { loadCaseTabs, showsTabs } from './case/tab-preload';
import { tabOf } from './case/tabs';
import './case/case-page.css';
import { isWizardStep, type WizardStep } from './draft/steps';

/** The draft wizard is its own chunk: only drafts the reader may save download it. */
const DraftWizard = lazy(() => import('./draft/DraftWizard'));
// The tabs and the merchant's dialogs (react-aria) are their own chunks: the first load stays
// within the budget. The route's loader starts the tabs' chunk with the case
// (case/tab-preload.ts). Memoised: the react-aria tabs are costly to render, and the page
// renders again as each of its queries arrives.
const CaseTabs = lazy(() => loadCaseTabs().then((m) => ({ default: memo(m.CaseTabs) })));
const MerchantActions = lazy(() =>
  import('./case/MerchantActions').then((m) => ({ default: m.MerchantActions })),
);
// Mediation (QC-15 to QC-20): loaded only by cases that reach or approach it.
const RequestMediationButton = lazy(() =>
  import('./case/mediation/RequestMediation').then((m) => ({ default: m.RequestMediationButton })),
);
const MediationNotices = lazy(() =>
  import('./case/mediation/MediationNotices').then((m) => ({ default: m.MediationNotices })),
);
const MediationCloseForm = lazy(() =>
  import('./case/mediation/MediationCloseForm').then((m) => ({ default: m.MediationCloseForm })),
);

// Closing is rare: its form (and zod with react-hook-form) is not part of opening a case.
const CloseCaseForm = lazy(() =>
  import('./cases/CloseCaseForm').then((m) => ({ default: m.CloseCaseForm })),
);

/** The business's actions (MerchantActions shows nothing without one of them). */
const MERCHANT_ACTIONS = new Set(['take_charge', 'refuse_negotiation']);

/** The statuses around a qc mediation, whose banner says more (QC-15, QC-16, QC-20). */
const MEDIATION_STATUSES = new Set(['mediation_requested', 'mediation']);

/**
 * The case page shell: number, status banner (with the days left of a draft) and its actions.
 * A draft its reader may save shows the draft wizard (`/cases/:id/<step>`); a submitted case shows
 * its parties the four tabs (`/cases/:id/<tab>`, QC-11); staff read the metadata only (STF-2).
 * In negotiation the parties may "Demander la médiation" (QC-15, or read why not yet); in
 * mediation the mediator's "Fermer le dossier" opens the closing form of QC-19.
 */
export default function CasePage() {
  const t = useT();
  const { id = '', step } = useParams();
  const summary = useQuery(caseSummaryQuery(id));

  if (summary.data) {
    return <CaseView summary={summary.data} segment={step} />;
  }
  const notFound = summary.error instanceof ApiError && summary.error.status === 404;
  return (
    <Page title={t('cases.title')}>
      {summary.isPending && <Loading label={t('app.loading')} />}
      {summary.isError && (
        <Notice tone="error">
          {notFound ? t('case.notFound') : apiErrorMessage(summary.error, t)}
        </Notice>
      )}
      <p>
        <Link to="/cases" className="back-link">
          {t('case.back')}
        </Link>
      </p>
    </Page>
  );
}

function CaseView({ summary, segment }: { summary: CaseSummary; segment: string | undefined }) {
  const t = useT();
  const format = useFormat();
  const actions = useQuery(caseActionsQuery(summary.id));
  const canClose = actions.data?.actions.includes('close_case') === true;
  // QC-19: in mediation only the mediator closes, without agreement, with their own form.
  const closesMediation = actions.data?.actions.includes('close_without_agreement') === true;
  const requestMediation = actions.data?.requestMediation ?? null;
  const mediationInfo =
    requestMediation !== null ||
    MEDIATION_STATUSES.has(summary.status) ||
    (summary.mediation ?? null) !== null;
  const canSaveDraft =
    summary.status === 'draft' && actions.data?.actions.includes('save_draft_step') === true;
  const step: WizardStep = isWizardStep(segment) ? segment : 'parties';
  const tabbed = showsTabs(summary);
  const merchantActions = actions.data?.actions.some((a) => MERCHANT_ACTIONS.has(a)) === true;
  const [closing, setClosing] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  const closeForm = useRef<HTMLDivElement>(null);

  function stopClosing() {
    setClosing(false);
    closeButton.current?.focus();
  }
  // After closing, the closure notice (outcome, justification) is what changed: focus it.
  function closed() {
    setClosing(false);
    window.requestAnimationFrame(focusCaseChange);
  }
  const title = t('case.title', { caseNumber: summary.caseNumber });
  const expiry = summary.deadlines.find((deadline) => deadline.kind === 'draft_expiry');
  const left = summary.status === 'draft' && expiry ? daysLeft(expiry.dueAt) : null;

  return (
    <Page title={title} heading={summary.caseNumber} width="wide">
      <div className="case-banner">
        <p className="case-banner__status" id={CASE_STATUS_ID} tabIndex={-1}>
          {t('case.statusLabel')} <strong>{statusLabel(t, summary.status)}</strong>
        </p>
        {left !== null && expiry && (
          <p className="case-banner__deadline">
            {t(left === 0 ? 'case.lastDay' : 'case.daysLeft', {
              days: left,
              date: format.date(lastDayOf(expiry.dueAt)),
            })}
          </p>
        )}
        {(canClose || closesMediation || requestMediation?.allowed) && (
          <div className="case-banner__actions actions">
            {requestMediation?.allowed && (
              <Suspense fallback={null}>
                <RequestMediationButton caseId={summary.id} />
              </Suspense>
            )}
            {(canClose || closesMediation) && (
              <button
                ref={closeButton}
                type="button"
                className="button button--secondary"
                aria-expanded={closing}
                aria-controls="close-case"
                onClick={() => setClosing((value) => !value)}
              >
                {t('close.open')}
              </button>
            )}
          </div>
        )}
      </div>
      {mediationInfo && (
        <Suspense fallback={null}>
          <MediationNotices summary={summary} requestMediation={requestMediation} />
        </Suspense>
      )}
      {tabbed && merchantActions && (
        <Suspense fallback={null}>
          <MerchantActions summary={summary} actions={actions.data?.actions ?? []} />
        </Suspense>
      )}
      <div id="close-case" ref={closeForm}>
        {closing && canClose && (
          <Suspense fallback={<Loading label={t('app.loading')} />}>
            <CloseCaseForm
              caseId={summary.id}
              submitted={summary.status !== 'draft'}
              onCancel={stopClosing}
              onClosed={closed}
            />
            <FocusHeading within={closeForm} />
          </Suspense>
        )}
        {closing && closesMediation && (
          <Suspense fallback={<Loading label={t('app.loading')} />}>
            <MediationCloseForm
              caseId={summary.id}
              programme={summary.programme}
              onCancel={stopClosing}
              onClosed={closed}
            />
          </Suspense>
        )}
      </div>

      {tabbed ? (
        <>
          <Suspense fallback={<Loading label={t('app.loading')} />}>
            <CaseTabs summary={summary} tab={tabOf(segment)} />
          </Suspense>
        </>
      ) : (
        <CaseFacts summary={summary} />
      )}

      {canSaveDraft && (
        <Suspense fallback={<Loading label={t('app.loading')} />}>
          <DraftWizard caseId={summary.id} step={step} consumerName={summary.consumer.name} />
        </Suspense>
      )}
      <p>
        <Link to="/cases" className="back-link">
          {t('case.back')}
        </Link>
      </p>
    </Page>
  );
}

/** Focuses the opened form's heading once its chunk has arrived and it is on the page. */
function FocusHeading({ within }: { within: RefObject<HTMLDivElement | null> }) {
  useEffect(() => within.current?.querySelector('h2')?.focus(), [within]);
  return null;
}

/** The facts and parties of a draft, or of any case for staff (metadata, STF-2). */
function CaseFacts({ summary }: { summary: CaseSummary }) {
  const t = useT();
  const format = useFormat();
  const representative = summary.consumerRepresentative;
  return (
    <>
      <section className="section" aria-labelledby="case-details">
        <h2 id="case-details">{t('case.details')}</h2>
        <dl className="facts facts--inline">
          <dt>{t('case.reference')}</dt>
          <dd>{summary.referenceNumber}</dd>
          <dt>{t('case.openedAt')}</dt>
          <dd>{format.date(summary.openedAt)}</dd>
          {summary.submittedAt && (
            <>
              <dt>{t('case.submittedAt')}</dt>
              <dd>{format.date(summary.submittedAt)}</dd>
            </>
          )}
          {summary.closedAt && (
            <>
              <dt>{t('case.closedAt')}</dt>
              <dd>{format.date(summary.closedAt)}</dd>
            </>
          )}
          {summary.outcome && (
            <>
              <dt>{t('case.outcome')}</dt>
              <dd>{outcomeLabel(t, summary.outcome)}</dd>
            </>
          )}
        </dl>
      </section>

      <section className="section" aria-labelledby="case-parties">
        <h2 id="case-parties">{t('case.parties')}</h2>
        <dl className="facts facts--inline">
          <dt>{t('case.consumer')}</dt>
          <dd>{summary.consumer.name}</dd>
          {representative && (
            <>
              <dt>{t('case.consumerRepresentative')}</dt>
              <dd>
                {representative.status === 'invited'
                  ? t('case.representativeInvited', {
                      name: `${representative.firstName} ${representative.lastName}`,
                    })
                  : `${representative.firstName} ${representative.lastName}`}
              </dd>
            </>
          )}
          <dt>{t('case.merchant')}</dt>
          <dd>
            {summary.merchantRepresentative?.name ??
              t(summary.status === 'draft' ? 'case.merchantPending' : 'case.merchantNone')}
          </dd>
          {summary.mediator && (
            <>
              <dt>{t('case.mediator')}</dt>
              <dd>{summary.mediator.name}</dd>
            </>
          )}
        </dl>
      </section>
    </>
  );
}
