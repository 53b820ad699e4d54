/**
 * DOC-3 "Télécharger un résumé du dossier": the case summary PDF in the reader's language. The
 * proposals' solutions are worded by `agreementText()`, as in the preview and the agreement.
 */
import type { ProblemDescriptionDraft } from '@entente/contracts';
import {
  agreementLocale,
  agreementText,
  formatAmount,
  formatLocalDate,
} from '../cases/agreement-text.js';
import { writeParties } from './case-document.js';
import { formatInstant, pageLabel, type PdfLanguage } from './pdf-format.js';
import type { SummaryData } from './summary-data.js';
import { summaryTexts, type SummaryTexts } from './summary-texts.js';
import { TaggedPdf } from './tagged-pdf.js';

interface Context {
  readonly pdf: TaggedPdf;
  readonly t: SummaryTexts;
  readonly data: SummaryData;
  readonly language: PdfLanguage;
  readonly when: (iso: string) => string;
}

function caseSection({ pdf, t, data, when }: Context): void {
  const { state } = data;
  pdf.heading(t.caseHeading);
  pdf.field(t.colon(t.status), t.statuses[state.status]);
  if (state.closure !== null) pdf.field(t.colon(t.outcome), t.outcomes[state.closure.outcome]);
  pdf.field(t.colon(t.openedAt), when(state.openedAt));
  if (state.submittedAt !== null) pdf.field(t.colon(t.submittedAt), when(state.submittedAt));
  if (state.closure !== null) pdf.field(t.colon(t.closedAt), when(state.closure.closedAt));
}

/** The filled fields of the description, labelled, in the wizard's order. */
function descriptionLines(d: ProblemDescriptionDraft, c: Context): [string, string][] {
  const { t, data, language } = c;
  const locale = agreementLocale(data.state.settings.locale, language);
  const yesNo = (value: boolean) => (value ? t.yes : t.no);
  const date = (value: string) => formatLocalDate(value, locale);
  const lines: [string, string | undefined][] = [
    [t.fields.goodOrService, d.goodOrService],
    [t.fields.brand, d.brand],
    [t.fields.model, d.model],
    [t.fields.serialNumber, d.serialNumber],
    [t.fields.accountNumber, d.accountNumber],
    [
      t.fields.invoiceAmount,
      d.invoiceAmountMinor === undefined
        ? undefined
        : formatAmount(d.invoiceAmountMinor, locale, data.state.settings.currency),
    ],
    [t.fields.paidInFull, d.paidInFull === undefined ? undefined : yesNo(d.paidInFull)],
    [t.fields.invoiceDate, d.invoiceDate === undefined ? undefined : date(d.invoiceDate)],
    [t.fields.contractPlace, d.contractPlace === undefined ? undefined : t.places[d.contractPlace]],
    [t.fields.contractPlaceDetails, d.contractPlaceDetails],
    [t.fields.promisedDate, d.promisedDate === undefined ? undefined : date(d.promisedDate)],
    [t.fields.merchantPhone, d.merchantPhone],
    [t.fields.merchantAddress, d.merchantAddress],
    [t.fields.priorSteps, d.priorSteps === undefined ? undefined : yesNo(d.priorSteps)],
    [t.fields.priorStepsDetails, d.priorStepsDetails],
    [t.fields.problemNatures, d.problemNatures?.map((n) => t.natures[n]).join(', ')],
    [t.fields.problemNatureDetails, d.problemNatureDetails],
    [t.fields.additionalInformation, d.additionalInformation],
  ];
  return lines.filter((line): line is [string, string] => (line[1] ?? '').trim() !== '');
}

function descriptionSection(c: Context): void {
  c.pdf.heading(c.t.description);
  const lines = descriptionLines(c.data.description, c);
  if (lines.length === 0) c.pdf.paragraph(c.t.noDescription, { muted: true });
  for (const [label, value] of lines) c.pdf.field(c.t.colon(label), value);
}

function proposalsSection(c: Context): void {
  const { pdf, t, data, language, when } = c;
  pdf.heading(t.proposals);
  if (data.proposals.length === 0) pdf.paragraph(t.noProposal, { muted: true });
  for (const { proposal, answers } of data.proposals) {
    pdf.heading(`${t.proposalBy[proposal.author]} (${t.phase[proposal.phase]})`, 3);
    for (const version of proposal.versions) {
      const text = agreementText({
        caseNumber: data.state.caseNumber,
        locale: data.state.settings.locale,
        currency: proposal.currency,
        language,
        consumerName: null,
        representativeName: null,
        businessName: null,
        proposal: version.content,
      });
      pdf.paragraph(t.version(version.version, when(version.at)), { keepWithNext: true });
      pdf.list(text.solutions.map((solution) => solution.text));
      if (version.content.terms.trim() !== '') {
        pdf.field(t.colon(t.termsHeading), version.content.terms);
      }
    }
    if (answers.length > 0) pdf.paragraph(t.answers, { muted: true, keepWithNext: true });
    pdf.list(
      answers.map(
        (a) => t.answer(a.side, a.decision, a.version, when(a.at)) + (a.voided ? t.voided : ''),
      ),
    );
  }
}

function exchangesSection({ pdf, t, data, when }: Context): void {
  pdf.heading(t.exchanges);
  const threads = data.threads.filter((thread) => thread.messages.length > 0);
  if (threads.length === 0) pdf.paragraph(t.noMessage, { muted: true });
  for (const thread of threads) {
    pdf.heading(t.threads[thread.kind], 3);
    for (const message of thread.messages) {
      pdf.field(t.colon(`${message.author} — ${when(message.at)}`), message.body);
    }
  }
}

export function renderSummaryPdf(
  data: SummaryData,
  language: PdfLanguage,
  createdAt: Date,
): Promise<Buffer> {
  const t = summaryTexts[language];
  const { state, office } = data;
  const locale = agreementLocale(state.settings.locale, language);
  const when = (iso: string) => formatInstant(iso, locale, state.settings.timeZone);
  const pdf = new TaggedPdf({
    lang: language === 'fr' ? state.settings.locale : 'en',
    title: `${t.title} — ${state.caseNumber}`,
    author: office.officeName,
    subject: t.title,
    size: state.settings.locale === 'fr-CA' ? 'LETTER' : 'A4',
    runningHeader: `${t.title} — ${state.caseNumber}`,
    pageLabel: pageLabel[language],
    createdAt,
  });
  const context: Context = { pdf, t, data, language, when };
  pdf.section();
  pdf.title(t.title, t.caseLine(state.caseNumber, office.officeName));
  pdf.paragraph(t.produced(when(createdAt.toISOString())), { muted: true });
  caseSection(context);
  writeParties(pdf, language, data.parties, { mediator: 'if_named' });
  descriptionSection(context);
  proposalsSection(context);
  exchangesSection(context);
  return pdf.finish();
}
