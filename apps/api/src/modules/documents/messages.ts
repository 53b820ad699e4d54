/**
 * What the person uploading is told, in both languages, for each refusal, and the HTTP status.
 * Codes are prefixed `document_` (or `scan_` for the malware scan's states) so they can join the
 * API's error table (`platform/messages.ts`: `...documentMessages`) without clashing with others.
 * The mapped types make the tables exhaustive: a new reason does not compile until it has a
 * message.
 */
import type { RefusalReason } from './inspect.js';
import { DOCUMENT_LIMITS } from './limits.js';
import type { QuotaResult } from './limits.js';

type Messages = { readonly fr: string; readonly en: string };
export type DocumentRefusal = RefusalReason | Extract<QuotaResult, { ok: false }>['reason'];
export type DocumentErrorCode = `document_${DocumentRefusal}`;

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
const FILE_MB = mb(DOCUMENT_LIMITS.maxFileBytes);
const CASE_MB = mb(DOCUMENT_LIMITS.maxCaseBytes);
const FILES = DOCUMENT_LIMITS.maxCaseFiles;
const ACCEPTED_FR = 'PDF, JPEG, PNG, HEIC, WebP, TXT, DOC, DOCX ou ODT';
const ACCEPTED_EN = 'PDF, JPEG, PNG, HEIC, WebP, TXT, DOC, DOCX or ODT';

const refusalMessages: { readonly [R in DocumentRefusal as `document_${R}`]: Messages } = {
  document_empty: { fr: 'Ce fichier est vide.', en: 'This file is empty.' },
  document_too_large: {
    fr: `Ce fichier dépasse ${FILE_MB} Mo. Réduisez-le ou divisez-le avant de l’ajouter.`,
    en: `This file is larger than ${FILE_MB} MB. Reduce or split it before adding it.`,
  },
  document_executable: {
    fr: 'Les programmes et les scripts ne sont pas acceptés.',
    en: 'Programs and scripts are not accepted.',
  },
  document_type_not_allowed: {
    fr: `Ce type de fichier n’est pas accepté. Formats acceptés : ${ACCEPTED_FR}.`,
    en: `This type of file is not accepted. Accepted formats: ${ACCEPTED_EN}.`,
  },
  document_extension_mismatch: {
    fr: 'L’extension du nom du fichier ne correspond pas à son contenu. Renommez-le avec la bonne extension (par exemple .pdf ou .jpg).',
    en: 'The file name’s extension does not match its content. Rename it with the right extension (for example .pdf or .jpg).',
  },
  document_polyglot: {
    fr: 'Ce fichier contient un autre fichier caché. Enregistrez-le de nouveau (par exemple en PDF) puis réessayez.',
    en: 'This file contains another, hidden file. Save it again (as a PDF, for example) and try again.',
  },
  document_zip_bomb: {
    fr: 'Ce document est anormalement compressé et ne peut pas être vérifié. Enregistrez-le en PDF puis réessayez.',
    en: 'This document is abnormally compressed and cannot be checked. Save it as a PDF and try again.',
  },
  document_encrypted: {
    fr: 'Ce document est protégé par un mot de passe et ne peut pas être vérifié. Retirez la protection puis réessayez.',
    en: 'This document is password-protected and cannot be checked. Remove the protection and try again.',
  },
  document_macros: {
    fr: 'Les documents qui contiennent des macros ne sont pas acceptés. Enregistrez-le en PDF ou sans macros.',
    en: 'Documents containing macros are not accepted. Save it as a PDF or without macros.',
  },
  document_too_many_pixels: {
    fr: 'Cette image est trop grande en pixels. Réduisez sa taille puis réessayez.',
    en: 'This image has too many pixels. Reduce its size and try again.',
  },
  document_corrupt: {
    fr: 'Ce fichier semble endommagé ou ne peut pas être vérifié. Enregistrez-le de nouveau puis réessayez.',
    en: 'This file seems damaged or cannot be checked. Save it again and try again.',
  },
  document_case_file_limit: {
    fr: `Ce dossier contient déjà ${FILES} documents, le maximum.`,
    en: `This case already holds ${FILES} documents, the maximum.`,
  },
  document_case_size_limit: {
    fr: `Ce document dépasserait la limite de ${CASE_MB} Mo de documents pour ce dossier.`,
    en: `This document would exceed the ${CASE_MB} MB limit of documents for this case.`,
  },
};

/** SEC-18: what the malware scan tells the person uploading or downloading. */
const scanMessages = {
  document_infected: {
    fr: 'Ce fichier contient un virus ou un logiciel malveillant. Il n’a pas été ajouté au dossier.',
    en: 'This file contains a virus or malware. It was not added to the case.',
  },
  scan_pending: {
    fr: 'Ce document est en cours de vérification antivirus. Réessayez dans quelques minutes.',
    en: 'This document is still being checked for viruses. Try again in a few minutes.',
  },
  scan_unavailable: {
    fr: 'La vérification antivirus est momentanément indisponible. Réessayez dans quelques minutes.',
    en: 'The virus check is temporarily unavailable. Try again in a few minutes.',
  },
} as const satisfies Record<string, Messages>;

export const documentMessages = { ...refusalMessages, ...scanMessages };

/** 413 for a file over the size limit (as the multipart limit would answer), 422 otherwise. */
export const documentRefusalStatus: { readonly [R in DocumentRefusal]: 413 | 422 } = {
  empty: 422,
  too_large: 413,
  executable: 422,
  type_not_allowed: 422,
  extension_mismatch: 422,
  polyglot: 422,
  zip_bomb: 422,
  encrypted: 422,
  macros: 422,
  too_many_pixels: 422,
  corrupt: 422,
  case_file_limit: 422,
  case_size_limit: 422,
};

export function documentErrorCode(reason: DocumentRefusal): DocumentErrorCode {
  return `document_${reason}`;
}
