import { emailField, type Language } from '@entente/contracts';
import { z } from 'zod';
import type { IntakeBody } from '../../api/case-types';
import type { Translate } from '../../i18n/translate';

export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const text = (max: number) =>
  z.string().trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });

/** QC-1: what staff type after the consumer's call (apps/api intake-schemas.ts `intakeBody`). */
export const intakeFormSchema = z.object({
  consumerName: text(200),
  consumerEmail: emailField,
  consumerLanguage: z.enum(['fr', 'en'], { error: 'invalidChoice' }),
  businessId: z.uuid({ error: 'required' }),
  category: z.string().trim().max(100, { error: 'tooLong' }).optional(),
  /** The file input's FileList: checked (count, size) when submitting. */
  attachments: z.any().optional(),
});

export interface IntakeFormValues {
  consumerName: string;
  consumerEmail: string;
  consumerLanguage: Language;
  businessId: string;
  category?: string | undefined;
  attachments?: FileList | undefined;
}

export function intakeDefaults(language: Language): IntakeFormValues {
  return {
    consumerName: '',
    consumerEmail: '',
    consumerLanguage: language,
    businessId: '',
    category: '',
  };
}

export function intakeLabels(t: Translate): Record<string, string> {
  return {
    consumerName: t('intakeForm.consumerName'),
    consumerEmail: t('intakeForm.consumerEmail'),
    consumerLanguage: t('intakeForm.consumerLanguage'),
    businessId: t('intakeForm.businessName'),
    category: t('intakeForm.category'),
    attachments: t('intakeForm.attachments'),
  };
}

/** A file's content in base64 (without the data-URL prefix). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Null when the files are acceptable, else the reason (a dictionary key). */
export function attachmentsProblem(files: readonly File[]) {
  if (files.length > MAX_ATTACHMENTS) return 'intakeForm.tooMany' as const;
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_ATTACHMENT_BYTES) return 'intakeForm.tooLarge' as const;
  return null;
}

export async function toIntakeBody(
  values: IntakeFormValues,
  files: readonly File[],
): Promise<IntakeBody> {
  const category = values.category?.trim();
  return {
    consumerName: values.consumerName,
    consumerEmail: values.consumerEmail,
    consumerLanguage: values.consumerLanguage,
    businessId: values.businessId,
    category: category ? category : undefined,
    attachments: await Promise.all(
      files.map(async (file) => ({ name: file.name, contentBase64: await readBase64(file) })),
    ),
  };
}
