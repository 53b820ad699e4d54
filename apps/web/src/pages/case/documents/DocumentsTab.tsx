import { useCaseT } from '../case-i18n';
import { SummaryDownload } from '../SummaryDownload';
import { DocumentList } from './DocumentList';
import { DocumentUpload } from './DocumentUpload';

/**
 * QC-11 "Documents" (DOC-1, DOC-2): the case's documents with who added them and when, their
 * downloads, and an upload while the case is open (a represented consumer may still add, REP-3);
 * the case summary's PDF too (DOC-3, seed 001: "à partir de l'onglet Documents"). The mediator
 * reads the documents (QC-16) but adds none: the engine's `add_document` is the parties'.
 */
export function DocumentsTab(props: { caseId: string; closed: boolean; mayAdd: boolean }) {
  const { caseId, closed, mayAdd } = props;
  const t = useCaseT();
  return (
    <>
      <h2>{t('cp.tab.documents')}</h2>
      {closed && <p>{t('cp.docs.closed')}</p>}
      {!closed && mayAdd && <p>{t('cp.docs.intro')}</p>}
      <SummaryDownload caseId={caseId} />
      {!closed && mayAdd && <DocumentUpload caseId={caseId} />}
      <DocumentList caseId={caseId} level={3} manage />
    </>
  );
}
