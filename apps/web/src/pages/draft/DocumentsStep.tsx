import type { DraftView } from '@entente/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import type { CaseDocument } from '../../api/case-types';
import { documentsApi, draftApi } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import { useAnnounce } from '../../components/Announcer';
import { controlAria, FieldFrame, fieldId } from '../../components/fields';
import { Loading, Notice } from '../../components/Notice';
import { useDraftT } from '../../i18n/draft';
import { useFormat } from '../../i18n/hooks';
import { apiErrorMessage } from '../../lib/api-form-errors';
import { NextStepLink } from './NextStepLink';

/** QC-3 "Documents": add files to the case (one per upload), see who added what and when. */
export function DocumentsStep({ draft }: { draft: DraftView }) {
  const t = useDraftT();
  const format = useFormat();
  const client = useQueryClient();
  const announce = useAnnounce();
  const input = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const [stepError, setStepError] = useState<string | null>(null);
  const [stepSaved, setStepSaved] = useState(false);
  const [savingStep, setSavingStep] = useState(false);
  const documents = useQuery({
    queryKey: queryKeys.caseDocuments(draft.caseId),
    queryFn: () => documentsApi.list(draft.caseId),
  });

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setUploaded(null);
    if (!file) {
      setFileError(t('docs.fileRequired'));
      input.current?.focus();
      return;
    }
    setFileError(null);
    setUploading(true);
    try {
      const added = await documentsApi.upload(draft.caseId, file);
      if (input.current) input.current.value = '';
      await client.invalidateQueries({ queryKey: queryKeys.caseDocuments(draft.caseId) });
      setUploaded(added.name);
      announce(t('docs.uploaded', { name: added.name }));
    } catch (error) {
      setFileError(apiErrorMessage(error, t));
      input.current?.focus();
    } finally {
      setUploading(false);
    }
  }

  async function saveStep() {
    setStepError(null);
    setStepSaved(false);
    setSavingStep(true);
    try {
      await draftApi.saveDocuments(draft.caseId);
      await client.invalidateQueries({ queryKey: queryKeys.caseDraft(draft.caseId) });
      setStepSaved(true);
      announce(t('docs.stepSaved'));
    } catch (error) {
      setStepError(apiErrorMessage(error, t));
    } finally {
      setSavingStep(false);
    }
  }

  const id = fieldId('document');
  const field = { label: t('docs.file'), hint: t('docs.fileHint'), error: fileError ?? undefined };
  const list = documents.data?.documents ?? [];
  return (
    <>
      <p>{t('docs.intro')}</p>
      <form noValidate onSubmit={upload} className="form">
        <FieldFrame id={id} {...field}>
          <input
            id={id}
            ref={input}
            type="file"
            name="file"
            className="input input--file"
            {...controlAria(id, field)}
          />
        </FieldFrame>
        {uploaded && (
          <Notice tone="success" live={false}>
            {t('docs.uploaded', { name: uploaded })}
          </Notice>
        )}
        <div className="actions">
          <button type="submit" className="button button--secondary" disabled={uploading}>
            {t('docs.upload')}
          </button>
        </div>
      </form>

      <section className="section" aria-labelledby="draft-documents-list">
        <h4 id="draft-documents-list">{t('docs.list')}</h4>
        {documents.isPending && <Loading label={t('app.loading')} />}
        {documents.isError && <Notice tone="error">{apiErrorMessage(documents.error, t)}</Notice>}
        {documents.isSuccess && list.length === 0 && <p>{t('docs.none')}</p>}
        {list.length > 0 && (
          <ul className="document-list">
            {list.map((doc) => (
              <DocumentItem key={doc.id} doc={doc} date={format.dateTime(doc.addedAt)} />
            ))}
          </ul>
        )}
      </section>

      {stepError && <Notice tone="error">{stepError}</Notice>}
      {stepSaved && (
        <Notice tone="success" live={false}>
          <p>{t('docs.stepSaved')}</p>
          <NextStepLink caseId={draft.caseId} step="review" />
        </Notice>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={savingStep}
          onClick={() => void saveStep()}
        >
          {t('docs.saveStep')}
        </button>
      </div>
    </>
  );
}

function DocumentItem({ doc, date }: { doc: CaseDocument; date: string }) {
  const t = useDraftT();
  const who = doc.system ? t('docs.platform') : (doc.addedBy.name ?? doc.addedBy.role);
  return (
    <li className="document-list__item">
      <span className="document-list__name">{doc.name}</span>{' '}
      <span className="document-list__meta">
        ({t('docs.size', { size: Math.max(1, Math.round(doc.size / 1024)) })}) –{' '}
        {t('docs.addedBy', { name: who, date })}
      </span>
    </li>
  );
}
