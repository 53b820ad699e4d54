import { useCaseT } from '../case-i18n';
import { DocumentList } from './DocumentList';
import { DocumentUpload } from './DocumentUpload';

/**
 * QC-11 "Documents" (DOC-1, DOC-2): the case's documents with who added them and when, their
 * downloads, and an upload while the case is open (a represented consumer may still add, REP-3).
 */
export function DocumentsTab({ caseId, closed }: { caseId: string; closed: boolean }) {
  const t = useCaseT();
  return (
    <>
      <h2>{t('cp.tab.documents')}</h2>
      {closed ? <p>{t('cp.docs.closed')}</p> : <p>{t('cp.docs.intro')}</p>}
      {!closed && <DocumentUpload caseId={caseId} />}
      <DocumentList caseId={caseId} level={3} manage />
    </>
  );
}
