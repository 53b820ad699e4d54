import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { documentsApi } from '../../../api/endpoints';
import { queryKeys } from '../../../api/queries';
import { useAnnounce } from '../../../components/Announcer';
import { controlAria, FieldFrame, fieldId } from '../../../components/fields';
import { Notice } from '../../../components/Notice';
import { apiErrorMessage } from '../../../lib/api-form-errors';
import { useCaseT } from '../case-i18n';
import { localRefusal, type ScanStatus } from './document-rules';

const REFUSAL_KEYS = {
  missing: 'cp.docs.fileRequired',
  empty: 'cp.docs.fileEmpty',
  tooLarge: 'cp.docs.fileTooLarge',
} as const;

/**
 * DOC-1: one file per upload, for the wizard's Documents step and the Documents tab. The size is
 * checked here first; the server proves the type from the content and answers refusals (type,
 * size, virus, quota) in the person's language, shown on the field.
 */
export function DocumentUpload({ caseId }: { caseId: string }) {
  const t = useCaseT();
  const client = useQueryClient();
  const announce = useAnnounce();
  const input = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploaded, setUploaded] = useState<{ name: string; pending: boolean } | null>(null);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setUploaded(null);
    const refusal = localRefusal(file);
    if (refusal || !file) {
      setFileError(t(REFUSAL_KEYS[refusal ?? 'missing']));
      input.current?.focus();
      return;
    }
    setFileError(null);
    setUploading(true);
    try {
      const added = (await documentsApi.upload(caseId, file)) as { name: string } & {
        scanStatus?: ScanStatus;
      };
      if (input.current) input.current.value = '';
      await client.invalidateQueries({ queryKey: queryKeys.caseDocuments(caseId) });
      const pending = added.scanStatus === 'pending';
      setUploaded({ name: added.name, pending });
      announce(t(pending ? 'cp.docs.uploadedPending' : 'cp.docs.uploaded', { name: added.name }));
    } catch (error) {
      setFileError(apiErrorMessage(error, t));
      input.current?.focus();
    } finally {
      setUploading(false);
    }
  }

  const id = fieldId('document');
  const field = {
    label: t('cp.docs.file'),
    hint: t('cp.docs.fileHint'),
    error: fileError ?? undefined,
  };
  return (
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
          {t(uploaded.pending ? 'cp.docs.uploadedPending' : 'cp.docs.uploaded', {
            name: uploaded.name,
          })}
        </Notice>
      )}
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={uploading}>
          {t('cp.docs.upload')}
        </button>
      </div>
    </form>
  );
}
