import { lazy, Suspense } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useNavigate } from 'react-router';
import type { CaseSummary } from '../../api/case-types';
import { Loading } from '../../components/Notice';
import { FOCUS_MANAGED } from '../../components/Page';
import { useCaseT, type CaseMessageKey } from './case-i18n';
import { ClosureNotice } from './ClosureNotice';
import { DocumentsTab } from './documents/DocumentsTab';
import { ResumeTab } from './resume/ResumeTab';
import { CASE_TABS, isCaseTab, tabPath, type CaseTab } from './tabs';

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
 * react-aria tabs (arrow keys move between them) whose selection is the URL; a closed case's
 * outcome and justification above them.
 */
export function CaseTabs({ summary, tab }: Props) {
  const t = useCaseT();
  const navigate = useNavigate();
  const select = (key: Key) => {
    const next = String(key);
    if (isCaseTab(next) && next !== tab) {
      void navigate(tabPath(summary.id, next), { state: FOCUS_MANAGED });
    }
  };
  const loading = <Loading label={t('app.loading')} />;
  return (
    <>
      <ClosureNotice summary={summary} />
      <Tabs selectedKey={tab} onSelectionChange={select} className="case-tabs">
        <TabList aria-label={t('cp.tabs')} className="case-tabs__list">
          {CASE_TABS.map((id) => (
            <Tab key={id} id={id} className="case-tabs__tab">
              {t(LABELS[id])}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="resume" className="case-tabs__panel">
          <ResumeTab summary={summary} />
        </TabPanel>
        <TabPanel id="documents" className="case-tabs__panel">
          <DocumentsTab
            caseId={summary.id}
            closed={summary.status === 'closed'}
            mayAdd={summary.mySide !== 'mediator'}
          />
        </TabPanel>
        <TabPanel id="propositions" className="case-tabs__panel">
          <Suspense fallback={loading}>
            <ProposalsTab summary={summary} />
          </Suspense>
        </TabPanel>
        <TabPanel id="messages" className="case-tabs__panel">
          <Suspense fallback={loading}>
            <MessagesTab
              caseId={summary.id}
              programme={summary.programme}
              status={summary.status}
            />
          </Suspense>
        </TabPanel>
      </Tabs>
    </>
  );
}
