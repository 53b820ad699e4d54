/**
 * QC-19: the attestation of no agreement in mediation ("attestation d'absence d'entente en
 * médiation", seed 001 §1.5.5 and the mediator's guide). It states that the consumer and the
 * merchant took part in a mediation on the platform without reaching an agreement, with the
 * mediator's summary of the nature of the problem (printed for the consumer's later remedies)
 * and the justification the mediator wrote, then the confidentiality reminder: what was written or
 * said cannot be used as evidence and the mediator cannot testify. Like the agreement, the
 * document is French (the programme's language), tagged, with an English version when the
 * consumer reads English (`case-document.ts`).
 */
import { type CaseDocumentHeading, renderFiledDocument, writeParties } from './case-document.js';
import { formatInstant, type PdfLanguage } from './pdf-format.js';
import type { TaggedPdf } from './tagged-pdf.js';

export interface AttestationDocument extends CaseDocumentHeading {
  readonly mediationRequestedAt: string | null;
  readonly mediationStartedAt: string | null;
  readonly closedAt: string;
  /** The mediator's summary of the nature of the problem, verbatim. */
  readonly problemSummary: string;
  /** Why the mediation failed, as the mediator wrote it, verbatim. */
  readonly justification: string;
}

type Labels = {
  readonly title: string;
  readonly caseLine: (n: string) => string;
  readonly version?: string;
  readonly dates: string;
  readonly requested: string;
  readonly started: string;
  readonly closed: string;
  readonly unknown: string;
  readonly attestation: string;
  readonly statement: (office: string, platform: string, n: string) => string;
  readonly purpose: string;
  readonly problem: string;
  readonly justification: string;
  readonly confidentiality: string;
  readonly clause: (platform: string) => string;
  readonly filed: (platform: string, office: string) => string;
};

const TEXT: Readonly<Record<PdfLanguage, Labels>> = {
  fr: {
    title: 'Attestation d’absence d’entente en médiation',
    caseLine: (n) => `Dossier ${n}`,
    dates: 'Dates',
    requested: 'Médiation demandée le',
    started: 'Médiation commencée le',
    closed: 'Dossier fermé sans entente le',
    unknown: '—',
    attestation: 'Attestation',
    statement: (office, platform, n) =>
      `${office} atteste que le consommateur et le commerçant ont eu recours à la médiation dans le dossier ${n}, sur la plateforme ${platform}, sans parvenir à une entente. Le médiateur a constaté l’échec de la médiation et fermé le dossier.`,
    purpose: 'Ce document pourrait être utile si le litige est porté devant le tribunal.',
    problem: 'Nature du problème',
    justification: 'Justification de la fermeture',
    confidentiality: 'Confidentialité',
    clause: (platform) =>
      `L’entente de confidentialité que les parties ont signée pour accéder à ${platform} prévoit que tout ce qui a pu s’écrire ou se dire au cours du processus ne pourra pas servir de preuve devant le tribunal dans une éventuelle procédure judiciaire ou autre, à moins qu’elles aient donné leur accord pour le faire. Le médiateur, un tiers neutre et impartial, ne pourrait pas non plus agir comme témoin.`,
    filed: (platform, office) =>
      `Document produit par ${platform} pour ${office} et déposé dans l’onglet Documents du dossier.`,
  },
  en: {
    title: 'Attestation of no agreement in mediation',
    caseLine: (n) => `Case ${n}`,
    version:
      'English version, for information. The French version above is the attestation; the summary and the justification are reproduced as the mediator wrote them.',
    dates: 'Dates',
    requested: 'Mediation requested on',
    started: 'Mediation started on',
    closed: 'Case closed without an agreement on',
    unknown: '—',
    attestation: 'Attestation',
    statement: (office, platform, n) =>
      `${office} attests that the consumer and the merchant took part in mediation in case ${n}, on the ${platform} platform, without reaching an agreement. The mediator found that the mediation had failed and closed the case.`,
    purpose: 'This document may be useful if the dispute is brought before a court.',
    problem: 'Nature of the problem',
    justification: 'Justification of the closing',
    confidentiality: 'Confidentiality',
    clause: (platform) =>
      `The confidentiality agreement the parties signed to use ${platform} provides that nothing written or said during the process may be used as evidence before a court in any judicial or other proceeding, unless they have agreed to it. Nor could the mediator, a neutral and impartial third party, act as a witness.`,
    filed: (platform, office) =>
      `Document produced by ${platform} for ${office} and filed under the case’s Documents tab.`,
  },
};

function writeVersion(pdf: TaggedPdf, data: AttestationDocument, language: PdfLanguage): void {
  const t = TEXT[language];
  const locale = language === 'fr' ? data.locale : data.locale === 'fr-CA' ? 'en-CA' : 'en-GB';
  const when = (iso: string | null) =>
    iso === null ? t.unknown : formatInstant(iso, locale, data.timeZone);
  pdf.title(t.title, `${t.caseLine(data.caseNumber)} — ${data.officeName}`);
  if (t.version !== undefined) pdf.paragraph(t.version, { muted: true });

  writeParties(pdf, language, data, { mediator: 'always' });

  pdf.heading(t.dates);
  pdf.field(t.requested, when(data.mediationRequestedAt));
  pdf.field(t.started, when(data.mediationStartedAt));
  pdf.field(t.closed, when(data.closedAt));

  pdf.heading(t.attestation);
  pdf.paragraph(t.statement(data.officeName, data.platformName, data.caseNumber));
  pdf.paragraph(t.purpose);

  pdf.heading(t.problem);
  pdf.paragraph(data.problemSummary.trim() === '' ? t.unknown : data.problemSummary);

  pdf.heading(t.justification);
  pdf.paragraph(data.justification);

  pdf.heading(t.confidentiality);
  pdf.paragraph(t.clause(data.platformName));
  pdf.rule();
  pdf.paragraph(t.filed(data.platformName, data.officeName), { muted: true });
}

/** The attestation's bytes: deterministic for the same data and `createdAt`. */
export function renderAttestationPdf(data: AttestationDocument, createdAt: Date): Promise<Buffer> {
  const meta = {
    title: `${TEXT.fr.title} — ${data.caseNumber}`,
    subject: TEXT.fr.title,
    runningHeader: `${TEXT.fr.title} — Dossier ${data.caseNumber}`,
  };
  return renderFiledDocument(data, meta, createdAt, (pdf, language) =>
    writeVersion(pdf, data, language),
  );
}
