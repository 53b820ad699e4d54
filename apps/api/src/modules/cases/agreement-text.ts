/**
 * QC-7: the text of the agreement a proposal would produce once accepted. One pure function, used
 * by the draft's preview and by the agreement PDF (QC-13, `modules/pdf/agreement-pdf.ts`), so the
 * preview the consumer checks is, word for word, what the document will say. Amounts and dates are formatted in the
 * programme's locale and currency (fr-CA and CAD in qc: "1 234,56 $", "15 avril 2026"); the
 * terms are copied verbatim. Intl's typographic spaces are kept (U+202F between thousands, U+00A0
 * before "$"): they keep an amount on one line in the PDF as on screen.
 */
import type { Currency, ProposalContent, Solution } from '@entente/domain';

export interface AgreementParty {
  /** `consumer`, `consumer_representative` or `business`. */
  readonly role: 'consumer' | 'consumer_representative' | 'business';
  readonly label: string;
  /** The person's or the business's name; null when not known yet. */
  readonly name: string | null;
}

export interface AgreementSolutionLine {
  readonly kind: Solution['kind'];
  readonly text: string;
}

/** The blocks the preview shows and the PDF renders, in this order. */
export interface AgreementText {
  readonly title: string;
  readonly caseNumber: string;
  readonly caseLine: string;
  readonly parties: readonly AgreementParty[];
  readonly solutionsHeading: string;
  readonly solutions: readonly AgreementSolutionLine[];
  readonly termsHeading: string;
  /** "Précisions et modalités d'application de l'entente", verbatim (may be empty). */
  readonly terms: string;
}

export interface AgreementInput {
  readonly caseNumber: string;
  readonly locale: 'fr-CA' | 'fr-FR';
  /**
   * The programme's agreements are French; `en` gives the English version the agreement PDF adds
   * for a consumer who reads English (ADR 10), with amounts and dates in English (en-CA, en-GB).
   */
  readonly language?: 'fr' | 'en';
  readonly currency: Currency;
  readonly consumerName: string | null;
  readonly representativeName: string | null;
  readonly businessName: string | null;
  readonly proposal: ProposalContent;
}

export function formatAmount(amountMinor: number, locale: string, currency: Currency): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountMinor / 100);
}

/** A local date `YYYY-MM-DD` as "15 avril 2026" (noon UTC: no time zone can shift the day). */
export function formatLocalDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** The programme's locale for the French text, its English counterpart for the English one. */
export function agreementLocale(locale: AgreementInput['locale'], language: 'fr' | 'en'): string {
  if (language === 'fr') return locale;
  return locale === 'fr-CA' ? 'en-CA' : 'en-GB';
}

function solutionText(solution: Solution, input: AgreementInput): string {
  const locale = agreementLocale(input.locale, input.language ?? 'fr');
  const amount = (minor: number) => formatAmount(minor, locale, input.currency);
  if (input.language === 'en') return solutionTextEn(solution, amount, locale);
  switch (solution.kind) {
    case 'refund':
      return `Le commerçant rembourse au consommateur la somme de ${amount(solution.amountMinor)}.`;
    case 'repair':
      return 'Le commerçant répare le bien.';
    case 'replacement':
      return 'Le commerçant remplace le bien.';
    case 'delivery_or_service':
      return `Le commerçant livre le bien ou fournit le service au plus tard le ${formatLocalDate(solution.byDate, locale)}.`;
    case 'contract_cancellation':
      return 'Le contrat entre les parties est annulé.';
    case 'price_reduction':
      return `Le commerçant accorde au consommateur une réduction de prix de ${amount(solution.amountMinor)}.`;
    case 'damages':
      return `Le commerçant verse au consommateur des dommages-intérêts de ${amount(solution.amountMinor)}, sur pièce justificative.`;
    case 'other_compensation':
      return `Autre compensation : ${solution.text}`;
  }
}

function solutionTextEn(
  solution: Solution,
  amount: (minor: number) => string,
  locale: string,
): string {
  switch (solution.kind) {
    case 'refund':
      return `The merchant refunds the consumer the sum of ${amount(solution.amountMinor)}.`;
    case 'repair':
      return 'The merchant repairs the good.';
    case 'replacement':
      return 'The merchant replaces the good.';
    case 'delivery_or_service':
      return `The merchant delivers the good or provides the service no later than ${formatLocalDate(solution.byDate, locale)}.`;
    case 'contract_cancellation':
      return 'The contract between the parties is cancelled.';
    case 'price_reduction':
      return `The merchant grants the consumer a price reduction of ${amount(solution.amountMinor)}.`;
    case 'damages':
      return `The merchant pays the consumer damages of ${amount(solution.amountMinor)}, on supporting documents.`;
    case 'other_compensation':
      return `Other compensation: ${solution.text}`;
  }
}

const LABELS = {
  fr: {
    title: 'Entente',
    caseLine: (n: string) => `Dossier ${n}`,
    consumer: 'Consommateur',
    representative: 'Représentant du consommateur',
    business: 'Commerçant',
    solutionsHeading: 'Les parties conviennent de ce qui suit :',
    termsHeading: 'Précisions et modalités d’application de l’entente (délais, conditions, etc.)',
  },
  en: {
    title: 'Agreement',
    caseLine: (n: string) => `Case ${n}`,
    consumer: 'Consumer',
    representative: 'Consumer’s representative',
    business: 'Merchant',
    solutionsHeading: 'The parties agree as follows:',
    termsHeading:
      'Details and terms of application of the agreement (time limits, conditions, etc.)',
  },
} as const;

/**
 * The agreement's text blocks: French (the language of the programmes' agreements) unless
 * `language` asks for the English version. The terms stay verbatim in both.
 */
export function agreementText(input: AgreementInput): AgreementText {
  const labels = LABELS[input.language ?? 'fr'];
  const parties: AgreementParty[] = [
    { role: 'consumer', label: labels.consumer, name: input.consumerName },
  ];
  if (input.representativeName !== null) {
    parties.push({
      role: 'consumer_representative',
      label: labels.representative,
      name: input.representativeName,
    });
  }
  parties.push({ role: 'business', label: labels.business, name: input.businessName });
  return {
    title: labels.title,
    caseNumber: input.caseNumber,
    caseLine: labels.caseLine(input.caseNumber),
    parties,
    solutionsHeading: labels.solutionsHeading,
    solutions: input.proposal.solutions.map((solution) => ({
      kind: solution.kind,
      text: solutionText(solution, input),
    })),
    termsHeading: labels.termsHeading,
    terms: input.proposal.terms,
  };
}
