/**
 * What the PDFs about one case have in common (QC-13 agreement, QC-19 attestation, DOC-3
 * summary): the names and office they print at the head, the parties block with its labels in
 * each language, and, for the documents the platform files, the French document followed by an
 * English version on a new page, in its own `Sect` tagged `en`, when the consumer reads English
 * (ADR 10).
 */
import type { CaseState } from '@entente/domain';
import type { Executor } from '../../db/client.js';
import { casePartiesAndOffice, type CaseParties } from './case-parties.js';
import { pageLabel, type PdfLanguage } from './pdf-format.js';
import { TaggedPdf } from './tagged-pdf.js';

export interface PartyLabels {
  readonly parties: string;
  readonly consumer: string;
  readonly representative: string;
  readonly business: string;
  readonly merchantRepresentative: string;
  readonly mediator: string;
  readonly unknown: string;
}

export const PARTY_LABELS: Readonly<Record<PdfLanguage, PartyLabels>> = {
  fr: {
    parties: 'Parties',
    consumer: 'Consommateur',
    representative: 'Représentant du consommateur',
    business: 'Commerçant',
    merchantRepresentative: 'Représentant du commerçant',
    mediator: 'Médiateur',
    unknown: '—',
  },
  en: {
    parties: 'Parties',
    consumer: 'Consumer',
    representative: 'Consumer’s representative',
    business: 'Merchant',
    merchantRepresentative: 'Merchant’s representative',
    mediator: 'Mediator',
    unknown: '—',
  },
};

/** A field's label: French typography puts a space before the colon; English does not. */
export const colon: Readonly<Record<PdfLanguage, (label: string) => string>> = {
  fr: (label) => `${label} :`,
  en: (label) => `${label}:`,
};

export type PartyNames = Omit<CaseParties, 'consumerLanguage'>;

/**
 * The parties block. The consumer, the business and (`mediator: 'always'`) the mediator are
 * printed even when unknown; representatives only when there is one.
 */
export function writeParties(
  pdf: TaggedPdf,
  language: PdfLanguage,
  names: PartyNames,
  opts: { mediator: 'always' | 'if_named' },
): void {
  const t = PARTY_LABELS[language];
  const field = (label: string, value: string) => pdf.field(colon[language](label), value);
  pdf.heading(t.parties);
  field(t.consumer, names.consumerName ?? t.unknown);
  if (names.representativeName !== null) field(t.representative, names.representativeName);
  field(t.business, names.businessName ?? t.unknown);
  if (names.merchantRepresentativeName !== null) {
    field(t.merchantRepresentative, names.merchantRepresentativeName);
  }
  if (names.mediatorName !== null) field(t.mediator, names.mediatorName);
  else if (opts.mediator === 'always') field(t.mediator, t.unknown);
}

/** The head of a document the platform files about a case. */
export interface CaseDocumentHeading extends PartyNames {
  readonly caseNumber: string;
  readonly locale: 'fr-CA' | 'fr-FR';
  readonly timeZone: string;
  readonly officeName: string;
  readonly platformName: string;
  /** Adds the English version (the consumer's preferred language is English). */
  readonly withEnglish: boolean;
}

/** The heading as it stands now, read through the caller's executor (its transaction). */
export async function caseDocumentHeading(
  db: Executor,
  state: CaseState,
): Promise<CaseDocumentHeading> {
  const { parties, office } = await casePartiesAndOffice(db, state);
  const { consumerLanguage, ...names } = parties;
  return {
    ...names,
    caseNumber: state.caseNumber,
    locale: state.settings.locale,
    timeZone: state.settings.timeZone,
    officeName: office.officeName,
    platformName: office.platformName,
    withEnglish: consumerLanguage === 'en',
  };
}

/**
 * The document's bytes, deterministic for the same data and `createdAt`: `write` fills the
 * French version, then the English one on a new page when the heading asks for it.
 */
export function renderFiledDocument(
  heading: CaseDocumentHeading,
  meta: { readonly title: string; readonly subject: string; readonly runningHeader: string },
  createdAt: Date,
  write: (pdf: TaggedPdf, language: PdfLanguage) => void,
): Promise<Buffer> {
  const pdf = new TaggedPdf({
    lang: heading.locale,
    title: meta.title,
    author: heading.officeName,
    subject: meta.subject,
    size: heading.locale === 'fr-CA' ? 'LETTER' : 'A4',
    runningHeader: meta.runningHeader,
    pageLabel: pageLabel.fr,
    createdAt,
  });
  pdf.section();
  write(pdf, 'fr');
  if (heading.withEnglish) {
    pdf.newPage().section('en');
    write(pdf, 'en');
  }
  return pdf.finish();
}
