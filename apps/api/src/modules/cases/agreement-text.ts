/**
 * QC-7: the text of the agreement a proposal would produce once accepted. One pure function, used
 * by the draft's preview now and by the agreement PDF (issue 5), so the preview the consumer
 * checks is, word for word, what the document will say. Amounts and dates are formatted in the
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

function solutionText(solution: Solution, input: AgreementInput): string {
  const amount = (minor: number) => formatAmount(minor, input.locale, input.currency);
  switch (solution.kind) {
    case 'refund':
      return `Le commerçant rembourse au consommateur la somme de ${amount(solution.amountMinor)}.`;
    case 'repair':
      return 'Le commerçant répare le bien.';
    case 'replacement':
      return 'Le commerçant remplace le bien.';
    case 'delivery_or_service':
      return `Le commerçant livre le bien ou fournit le service au plus tard le ${formatLocalDate(solution.byDate, input.locale)}.`;
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

/** The agreement's text blocks, in French (the language of the programmes' agreements). */
export function agreementText(input: AgreementInput): AgreementText {
  const parties: AgreementParty[] = [
    { role: 'consumer', label: 'Consommateur', name: input.consumerName },
  ];
  if (input.representativeName !== null) {
    parties.push({
      role: 'consumer_representative',
      label: 'Représentant du consommateur',
      name: input.representativeName,
    });
  }
  parties.push({ role: 'business', label: 'Commerçant', name: input.businessName });
  return {
    title: 'Entente',
    caseNumber: input.caseNumber,
    caseLine: `Dossier ${input.caseNumber}`,
    parties,
    solutionsHeading: 'Les parties conviennent de ce qui suit :',
    solutions: input.proposal.solutions.map((solution) => ({
      kind: solution.kind,
      text: solutionText(solution, input),
    })),
    termsHeading: 'Précisions et modalités d’application de l’entente (délais, conditions, etc.)',
    terms: input.proposal.terms,
  };
}
