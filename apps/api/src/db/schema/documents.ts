/**
 * DOC-1, DOC-2: the documents of a case. The bytes live in `DocumentStorage` under a key made by
 * the server (SEC-19); this row says who added what and when. System documents (agreement,
 * attestations…) are written by the platform and can never be deleted.
 */
import { boolean, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tz } from './columns.js';
import { cases } from './cases.js';

export type DocumentKind = 'upload' | 'agreement' | 'mediation_attestation' | 'case_summary';
export type ScanStatus = 'pending' | 'clean' | 'infected';

export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    storageKey: text('storage_key').notNull(),
    /** Sanitised for display and download; never used as a path. */
    displayName: text('display_name').notNull(),
    /** The type detected from the content (`pdf`, `jpeg`…), not the declared one. */
    type: text('type').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    /** Not a foreign key: ACC-6 keeps the case's history past the account. Null for the system. */
    addedBy: uuid('added_by'),
    /** The capacity the person acted in (consumer, merchant_representative…), for DOC-2. */
    addedByRole: text('added_by_role').notNull(),
    addedAt: tz('added_at').notNull(),
    system: boolean('system').notNull().default(false),
    /** What the file is: a party's upload or a document the platform files (QC-13, QC-19). */
    kind: text('kind').$type<DocumentKind>().notNull().default('upload'),
    /**
     * SEC-18: a file is downloadable only once `clean`. `pending` until the scanner answered
     * (fail closed), `infected` files stay quarantined and are never served.
     */
    scanStatus: text('scan_status').$type<ScanStatus>().notNull().default('pending'),
    scannedAt: tz('scanned_at'),
    /** The scanner's name for what it found (`Eicar-Test-Signature`…), for staff. */
    scanFinding: text('scan_finding'),
    deletedAt: tz('deleted_at'),
    deletedBy: uuid('deleted_by'),
  },
  (t) => [
    uniqueIndex('case_documents_storage_key_idx').on(t.storageKey),
    index('case_documents_case_idx').on(t.caseId, t.addedAt),
  ],
);
