import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaseDocument } from '../../../api/case-types';
import { documentsApi } from '../../../api/endpoints';
import { queryKeys } from '../../../api/queries';
import { useAnnounce } from '../../../components/Announcer';
import { Loading, Notice } from '../../../components/Notice';
import { useFormat } from '../../../i18n/hooks';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { casePageApi, downloadPath } from '../case-api';
import { useCaseT } from '../case-i18n';
import { downloadable, sizeInKb, type ScanStatus } from './document-rules';

type ListedDocument = CaseDocument & { scanStatus?: ScanStatus; kind?: string };

interface Props {
  caseId: string;
  /** The heading level of the list (h4 inside the wizard's step, h3 in the tab). */
  level: 3 | 4;
  /** Download links and "Supprimer" (the Documents tab; the wizard lists names only). */
  manage?: boolean;
}

/** DOC-2: each document with who added it and when; platform documents are marked as such. */
export function DocumentList({ caseId, level, manage = false }: Props) {
  const t = useCaseT();
  const documents = useQuery({
    queryKey: queryKeys.caseDocuments(caseId),
    queryFn: () => documentsApi.list(caseId),
  });
  const Title = level === 3 ? 'h3' : 'h4';
  const list = (documents.data?.documents ?? []) as ListedDocument[];
  return (
    <section className="section" aria-labelledby={`documents-list-${caseId}`}>
      <Title id={`documents-list-${caseId}`}>{t('cp.docs.list')}</Title>
      {documents.isPending && <Loading label={t('app.loading')} />}
      {documents.isError && <Notice tone="error">{apiErrorMessage(documents.error, t)}</Notice>}
      {documents.isSuccess && list.length === 0 && <p>{t('cp.docs.none')}</p>}
      {list.length > 0 && (
        <ul className="document-list">
          {list.map((doc) => (
            <DocumentItem key={doc.id} caseId={caseId} doc={doc} manage={manage} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DocumentItem(props: { caseId: string; doc: ListedDocument; manage: boolean }) {
  const { caseId, doc, manage } = props;
  const t = useCaseT();
  const format = useFormat();
  const client = useQueryClient();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const who = doc.system ? t('cp.docs.platform') : (doc.addedBy.name ?? doc.addedBy.role);
  const canDownload = manage && downloadable(doc);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await casePageApi.deleteDocument(caseId, doc.id);
      await client.invalidateQueries({ queryKey: queryKeys.caseDocuments(caseId) });
      announce(t('cp.docs.deleted', { name: doc.name }));
    } catch (caught) {
      setError(apiErrorMessage(caught, t));
      setBusy(false);
    }
  }

  return (
    <li className="document-list__item">
      {canDownload ? (
        <a className="document-list__name" href={downloadPath(caseId, doc.id)} download>
          {doc.name}
          <span className="visually-hidden"> {t('cp.docs.download')}</span>
        </a>
      ) : (
        <span className="document-list__name">{doc.name}</span>
      )}{' '}
      <span className="document-list__meta">
        ({t('cp.docs.size', { size: sizeInKb(doc.size) })}) –{' '}
        {t('cp.docs.addedBy', { name: who, date: format.dateTime(doc.addedAt) })}
      </span>
      {doc.system && <span className="badge">{t('cp.docs.system')}</span>}
      {doc.scanStatus === 'pending' && (
        <p className="document-list__status">{t('cp.docs.scanPending')}</p>
      )}
      {doc.scanStatus === 'infected' && (
        <p className="document-list__status">{t('cp.docs.scanInfected')}</p>
      )}
      {manage && doc.canDelete && (
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void remove()}
          >
            {t('cp.docs.delete')}
            <span className="visually-hidden"> {doc.name}</span>
          </button>
        </div>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </li>
  );
}
