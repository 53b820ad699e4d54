import { lazy, Suspense } from 'react';
import { useNavigate } from 'react-router';
import type { CaseSummary } from '../../api/case-types';
import { Loading } from '../../components/Notice';
import { TabList, TabPanel } from '../../components/Tabs';
import { FOCUS_MANAGED } from '../../components/Page';
import { useCaseT, type CaseMessageKey } from './case-i18n';
import { ClosureNotice } from './ClosureNotice';
import { DocumentsTab } from './documents/DocumentsTab';
import { ResumeTab } from './resume/ResumeTab';
import { CASE_TABS, tabPath, type CaseTab } from './tabs';

// The proposals board and the messaging centre carry the heaviest forms: their own chunks.
const ProposalsTab = lazy(() => import('./proposals/ProposalsTab'));
const MessagesTab = lazy(() =>
  import('./messages/MessagesTab').then((module) => ({ default: module.MessagesTab })),
);

const LABELS: Record<CaseTab, CaseMessageKey> = {
  resume: 'cp.tab.resume',
  documents: 'cp.tab.documents',
  propositions: 'cp.tab.propositions',
  messages: 'cp.tab.messages',
};

interface Props {
  summary: CaseSummary;
  tab: CaseTab;
}

/**
 * QC-11 "Résumé du dossier · Documents · Tableau des propositions · Centre de messagerie":
 * tabs (arrow keys move between them) whose selection is the URL; a closed case's outcome and
 * justification above them. Only the selected tab's panel is rendered.
 */
export function CaseTabs({ summary, tab }: Props) {
  const t = useCaseT();
  const navigate = useNavigate();
  const select = (next: CaseTab) => {
    if (next !== tab) void navigate(tabPath(summary.id, next), { state: FOCUS_MANAGED });
  };
  const loading = <Loading label={t('app.loading')} />;
  const idPrefix = `case-${summary.id}`;
  return (
    <>
      <ClosureNotice summary={summary} />
      <div className="case-tabs">
        <TabList
          label={t('cp.tabs')}
          ids={CASE_TABS}
          selected={tab}
          labelOf={(id) => t(LABELS[id])}
          onSelect={select}
          idPrefix={idPrefix}
          className="case-tabs__list"
          tabClassName="case-tabs__tab"
        />
        <TabPanel key={tab} idPrefix={idPrefix} id={tab} className="case-tabs__panel">
          {tab === 'resume' && <ResumeTab summary={summary} />}
          {tab === 'documents' && (
            <DocumentsTab
              caseId={summary.id}
              closed={summary.status === 'closed'}
              mayAdd={summary.mySide !== 'mediator'}
            />
          )}
          {tab === 'propositions' && (
            <Suspense fallback={loading}>
              <ProposalsTab summary={summary} />
            </Suspense>
          )}
          {tab === 'messages' && (
            <Suspense fallback={loading}>
              <MessagesTab
                caseId={summary.id}
                programme={summary.programme}
                status={summary.status}
              />
            </Suspense>
          )}
        </TabPanel>
      </div>
    </>
  );
}
