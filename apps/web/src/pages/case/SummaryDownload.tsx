import { useId } from 'react';
import { useCaseT } from './case-i18n';

/** Where the case summary downloads: the API answers with `Content-Disposition: attachment`. */
export function summaryPath(caseId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/summary.pdf`;
}

/**
 * DOC-3 "Télécharger un résumé du dossier", offered on "Résumé du dossier" (seed 000) and under
 * "Documents" (seed 001). A plain link rather than a fetch: the browser keeps the session cookie,
 * shows its own download progress and saves the file under the name the API gives it.
 */
export function SummaryDownload({ caseId }: { caseId: string }) {
  const t = useCaseT();
  const hint = useId();
  return (
    <div className="case-summary-download">
      <p className="case-summary-download__link">
        <a href={summaryPath(caseId)} download aria-describedby={hint}>
          {t('cp.summary.download')}
        </a>
      </p>
      <p id={hint} className="case-summary-download__hint">
        {t('cp.summary.hint')}
      </p>
    </div>
  );
}
