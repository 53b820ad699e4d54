/** The documents foundation (DOC-1, SEC-17 to SEC-21): what the case routes import. */
export * from './storage.js';
export { LocalDocumentStorage } from './local-storage.js';
export { S3DocumentStorage, type S3StorageConfig } from './s3-storage.js';
export { createDocumentStorage, loadStorageConfig, type StorageConfig } from './storage-config.js';
export { DOCUMENT_TYPES, inspectDocument, REFUSAL_REASONS } from './inspect.js';
export type { DocumentType, Inspection, RefusalReason } from './inspect.js';
export { checkCaseQuota, DOCUMENT_LIMITS, type CaseUsage, type QuotaResult } from './limits.js';
export {
  documentErrorCode,
  documentMessages,
  documentRefusalStatus,
  type DocumentErrorCode,
  type DocumentRefusal,
} from './messages.js';
export {
  contentDisposition,
  downloadHeaders,
  sanitizeDisplayName,
  withExtension,
} from './filename.js';
export {
  scanOrPending,
  ScannerUnavailableError,
  type MalwareScanner,
  type ScanOutcome,
  type ScanVerdict,
} from './malware-scanner.js';
export { ClamdScanner, type ClamdOptions } from './clamd-scanner.js';
export { EICAR_FINDING, SignatureScanner } from './signature-scanner.js';
export { createMalwareScanner, loadScannerConfig, type ScannerConfig } from './scanner-config.js';
export { stripImageMetadata } from './image-metadata.js';
export { DOCUMENT_SCAN_QUEUE, sweepPendingScans, type ScanSweepReport } from './scan-retry.js';
