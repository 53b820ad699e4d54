/**
 * QC-13, QC-17: the agreement PDF. Its body is `agreementText()` — the very blocks the draft's
 * preview shows (QC-7) — in the programme's language, followed by what only an accepted proposal
 * has: who acted for each side, each party's acceptance time in the programme's time zone, the
 * mediation mention (issue 6) and the confidentiality clause. When the consumer reads English,
 * an English version follows (`case-document.ts`).
 */
import type { Currency, PartySide, ProposalContent, ProposalPhase } from '@entente/domain';
import { agreementLocale, agreementText } from '../cases/agreement-text.js';
import {
  type CaseDocumentHeading,
  colon,
  PARTY_LABELS,
  renderFiledDocument,
} from './case-document.js';
import { formatInstant, type PdfLanguage } from './pdf-format.js';
import type { TaggedPdf } from './tagged-pdf.js';

export interface AgreementAcceptance {
  readonly side: PartySide;
  /** `proposed`: the side authored the accepted version; `accepted`: it accepted it. */
  readonly how: 'proposed' | 'accepted';
  readonly at: string;
}

/** The heading's `merchantRepresentativeName` is the person who acted for the business (QC-10). */
export interface AgreementDocument extends CaseDocumentHeading {
  readonly currency: Currency;
  readonly phase: ProposalPhase;
  readonly proposal: ProposalContent;
  readonly version: number;
  readonly acceptances: readonly AgreementAcceptance[];
  readonly reachedAt: string;
}

const TEXT = {
  fr: {
    ...PARTY_LABELS.fr,
    noTerms: 'Aucune précision.',
    mediation: 'Cette entente a été conclue en médiation, à partir de la proposition du médiateur.',
    acceptance: 'Acceptation',
    side: { consumer: 'Consommateur', merchant: 'Commerçant' },
    how: {
      proposed: (version: number, at: string) => `proposition (version ${version}) faite le ${at}`,
      accepted: (version: number, at: string) =>
        `proposition (version ${version}) acceptée le ${at}`,
    },
    reached: (at: string) => `Entente conclue le ${at}.`,
    confidentiality: 'Confidentialité',
    clause:
      'Les parties se sont engagées à préserver la confidentialité de l’ensemble du processus de négociation et, s’il y a lieu, de médiation. La présente entente est confidentielle : les parties ne la dévoilent pas, sauf pour en obtenir l’exécution ou si elles en conviennent toutes deux. Ce qui a été écrit ou dit au cours du processus ne peut servir de preuve devant un tribunal sans l’accord des parties.',
    filed: (platform: string, office: string) =>
      `Document produit par ${platform} pour ${office} et déposé dans l’onglet Documents du dossier.`,
    subject: 'Entente conclue',
  },
  en: {
    ...PARTY_LABELS.en,
    noTerms: 'No details.',
    mediation: 'This agreement was reached in mediation, on the mediator’s proposal.',
    acceptance: 'Acceptance',
    side: { consumer: 'Consumer', merchant: 'Merchant' },
    how: {
      proposed: (version: number, at: string) => `proposal (version ${version}) made on ${at}`,
      accepted: (version: number, at: string) => `proposal (version ${version}) accepted on ${at}`,
    },
    reached: (at: string) => `Agreement reached on ${at}.`,
    confidentiality: 'Confidentiality',
    clause:
      'The parties undertook to keep the whole negotiation process and, where applicable, the mediation confidential. This agreement is confidential: the parties do not disclose it, except to have it carried out or if they both agree. Nothing written or said during the process may be used as evidence before a court without the parties’ consent.',
    filed: (platform: string, office: string) =>
      `Document produced by ${platform} for ${office} and filed under the case’s Documents tab.`,
    subject: 'Agreement reached',
    version:
      'English version, for information. The French version above is the agreement; the details and terms are reproduced as the parties wrote them.',
  },
} as const;

function writeVersion(pdf: TaggedPdf, data: AgreementDocument, language: PdfLanguage): void {
  const t = TEXT[language];
  const labelled = colon[language];
  const locale = agreementLocale(data.locale, language);
  const text = agreementText({
    caseNumber: data.caseNumber,
    locale: data.locale,
    currency: data.currency,
    language,
    consumerName: data.consumerName,
    representativeName: data.representativeName,
    businessName: data.businessName,
    proposal: data.proposal,
  });
  pdf.title(text.title, `${text.caseLine} — ${data.officeName}`);
  if (language === 'en') pdf.paragraph(TEXT.en.version, { muted: true });

  pdf.heading(t.parties);
  for (const party of text.parties) pdf.field(labelled(party.label), party.name ?? t.unknown);
  if (data.merchantRepresentativeName !== null) {
    pdf.field(labelled(t.merchantRepresentative), data.merchantRepresentativeName);
  }
  if (data.phase === 'mediation' && data.mediatorName !== null) {
    pdf.field(labelled(t.mediator), data.mediatorName);
  }

  pdf.heading(text.solutionsHeading);
  pdf.list(text.solutions.map((solution) => solution.text));

  pdf.heading(text.termsHeading);
  pdf.paragraph(text.terms.trim() === '' ? t.noTerms : text.terms);
  if (data.phase === 'mediation') pdf.paragraph(t.mediation);

  pdf.heading(t.acceptance);
  pdf.list(
    data.acceptances.map(
      (a) =>
        `${labelled(t.side[a.side])} ${t.how[a.how](data.version, formatInstant(a.at, locale, data.timeZone))}`,
    ),
  );
  pdf.paragraph(t.reached(formatInstant(data.reachedAt, locale, data.timeZone)));

  pdf.heading(t.confidentiality);
  pdf.paragraph(t.clause);
  pdf.rule();
  pdf.paragraph(t.filed(data.platformName, data.officeName), { muted: true });
}

/** The agreement's bytes: deterministic for the same data and `createdAt`. */
export function renderAgreementPdf(data: AgreementDocument, createdAt: Date): Promise<Buffer> {
  const meta = {
    title: `Entente — ${data.caseNumber}`,
    subject: TEXT.fr.subject,
    runningHeader: `Entente — Dossier ${data.caseNumber}`,
  };
  return renderFiledDocument(data, meta, createdAt, (pdf, language) =>
    writeVersion(pdf, data, language),
  );
}
