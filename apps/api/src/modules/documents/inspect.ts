/**
 * Decides what an upload really is from its bytes (DOC-1, SEC-17, SEC-21). The declared name is
 * only checked for consistency at the end: a PDF must be called `.pdf`, and nothing else can be.
 *
 * The caller passes the whole file (at most 20 MB, which @fastify/multipart enforces while
 * receiving it). Nothing is decoded or unpacked: headers, ZIP and OLE2 directories are read in
 * place. Antivirus (SEC-18) and image re-encoding (SEC-21) come after, on accepted files only.
 */
import { extensionOf, sanitizeDisplayName } from './filename.js';
import { heifSize, jpegSize, pngSize, webpSize, type Dimensions } from './image-size.js';
import { DOCUMENT_LIMITS } from './limits.js';
import { OLE2_MAGIC, readOle2EntryNames } from './ole2.js';
import { executableKind, heifMime, isPlainText } from './sniff.js';
import { classifyOfficeZip, findEndOfCentralDirectory, readZip } from './zip.js';

/** DOC-1's list. The first extension is the one a name without extension receives. */
export const DOCUMENT_TYPES = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'] },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { mime: 'image/png', extensions: ['png'] },
  heic: { mime: 'image/heic', extensions: ['heic', 'heif'] },
  webp: { mime: 'image/webp', extensions: ['webp'] },
  txt: { mime: 'text/plain', extensions: ['txt'] },
  doc: { mime: 'application/msword', extensions: ['doc'] },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  odt: { mime: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
} as const satisfies Record<string, { mime: string; extensions: readonly string[] }>;

export type DocumentType = keyof typeof DOCUMENT_TYPES;

export const REFUSAL_REASONS = [
  'empty',
  'too_large',
  'executable',
  'type_not_allowed',
  'extension_mismatch',
  'polyglot',
  'zip_bomb',
  'encrypted',
  'macros',
  'too_many_pixels',
  'corrupt',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export type Inspection =
  | {
      ok: true;
      type: DocumentType;
      mime: string;
      /** The canonical extension for this type (`jpg`, `docx`…), for names that lack one. */
      extension: string;
      size: number;
      /** Images only. */
      dimensions?: Dimensions;
    }
  /** `detail` is for logs, in English; show the user `documentMessages` instead. */
  | { ok: false; reason: RefusalReason; detail: string };

type Limits = {
  maxFileBytes: number;
  maxImagePixels: number;
  zip: (typeof DOCUMENT_LIMITS)['zip'];
};

const POLYGLOT_CHECKED: ReadonlySet<DocumentType> = new Set([
  'pdf',
  'jpeg',
  'png',
  'heic',
  'webp',
  'txt',
]);

type Detected =
  | { ok: true; type: DocumentType; mime?: string; dimensions?: Dimensions }
  | { ok: false; reason: RefusalReason; detail: string };

export function inspectDocument(
  bytes: Buffer,
  declaredName: string,
  limits: Limits = DOCUMENT_LIMITS,
): Inspection {
  if (bytes.length === 0) return refuse('empty', 'no bytes');
  if (bytes.length > limits.maxFileBytes) return refuse('too_large', `${bytes.length} bytes`);
  const executable = executableKind(bytes);
  if (executable) return refuse('executable', executable);

  const detected = detect(bytes, limits);
  if (!detected.ok) return detected;
  const { type, dimensions } = detected;
  if (dimensions && dimensions.width * dimensions.height > limits.maxImagePixels) {
    return refuse('too_many_pixels', `${dimensions.width}×${dimensions.height}`);
  }
  // A PDF or an image that is also a valid ZIP could be opened as an archive (a JAR, say) once
  // renamed. No scanner, camera or PDF writer makes such files, so they are refused, not guessed
  // at. ZIP types were already checked strictly; a .doc is read through its own directory, and
  // embedded OLE packages legitimately hold raw ZIP bytes, so it is not tested here.
  if (POLYGLOT_CHECKED.has(type) && findEndOfCentralDirectory(bytes, false) >= 0) {
    return refuse('polyglot', `${type} with a ZIP archive inside`);
  }

  const { mime, extensions } = DOCUMENT_TYPES[type];
  const declared = extensionOf(sanitizeDisplayName(declaredName));
  // No extension at all is not a contradiction: the download name gets the canonical one.
  if (declared && !(extensions as readonly string[]).includes(declared)) {
    return refuse('extension_mismatch', `.${declared} for ${type}`);
  }
  return {
    ok: true,
    type,
    mime: detected.mime ?? mime,
    extension: extensions[0],
    size: bytes.length,
    ...(dimensions ? { dimensions } : {}),
  };
}

function detect(bytes: Buffer, limits: Limits): Detected {
  const startsWith = (...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  const ascii = (from: number, to: number) => bytes.toString('latin1', from, to);

  // PDF readers tolerate junk before `%PDF-`; we do not, so nothing can hide in front of it.
  if (ascii(0, 5) === '%PDF-') return { ok: true, type: 'pdf' };
  if (startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) {
    return image('png', pngSize(bytes));
  }
  if (startsWith(0xff, 0xd8, 0xff)) return image('jpeg', jpegSize(bytes));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return image('webp', webpSize(bytes));
  if (ascii(4, 8) === 'ftyp') {
    const mime = heifMime(bytes);
    if (!mime) return { ok: false, reason: 'type_not_allowed', detail: 'ISO-BMFF, not HEIF' };
    const found = image('heic', heifSize(bytes));
    return found.ok ? { ...found, mime } : found;
  }
  if (startsWith(0x50, 0x4b, 0x03, 0x04)) {
    const zip = readZip(bytes, limits.zip);
    if (!zip.ok) return zip;
    const office = classifyOfficeZip(bytes, zip.entries);
    return office.ok ? { ok: true, type: office.type } : office;
  }
  if (bytes.subarray(0, 8).equals(OLE2_MAGIC)) return legacyWord(bytes);
  if (isPlainText(bytes)) return { ok: true, type: 'txt' };
  return { ok: false, reason: 'type_not_allowed', detail: 'unrecognised content' };
}

function image(type: DocumentType, dimensions: Dimensions | undefined): Detected {
  if (!dimensions) return { ok: false, reason: 'corrupt', detail: `${type} header unreadable` };
  return { ok: true, type, dimensions };
}

function legacyWord(bytes: Buffer): Detected {
  const names = readOle2EntryNames(bytes);
  if (!names) return { ok: false, reason: 'corrupt', detail: 'OLE2 directory unreadable' };
  // Password-protected DOCX files are OLE2 too (an `EncryptedPackage` stream).
  if (names.has('EncryptedPackage')) return { ok: false, reason: 'encrypted', detail: 'OLE2' };
  if (!names.has('WordDocument')) {
    return { ok: false, reason: 'type_not_allowed', detail: 'OLE2 file that is not a Word file' };
  }
  if (names.has('Macros') || names.has('_VBA_PROJECT_CUR') || names.has('VBA')) {
    return { ok: false, reason: 'macros', detail: 'Word 97-2003 macros' };
  }
  return { ok: true, type: 'doc' };
}

function refuse(reason: RefusalReason, detail: string): Inspection {
  return { ok: false, reason, detail };
}
