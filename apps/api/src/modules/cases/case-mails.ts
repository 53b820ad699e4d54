/**
 * Case e-mails (SPEC §9). They say that something happened and link to the case; they never
 * carry proposals, messages or justifications (SPEC §10).
 */
import type { Language } from '@entente/contracts';
import { lastDayOfPeriod, type DeadlineKind } from '@entente/domain';
import { type Branding, type RenderedMail, layout } from '../mail/layout.js';

export interface CaseMailContext {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly timeZone: string;
}

const caseLink = (b: Branding, c: CaseMailContext, lang: Language) => ({
  link: `${b.publicUrl}/cases/${c.caseId}`,
  label: lang === 'fr' ? 'Ouvrir le dossier' : 'Open the case',
});

export function renderCaseActivity(
  lang: Language,
  b: Branding,
  c: CaseMailContext,
  labels: readonly string[],
): RenderedMail {
  const fr = lang === 'fr';
  return layout(
    lang,
    b,
    fr
      ? `${b.platformName} – Du nouveau dans le dossier ${c.caseNumber}`
      : `${b.platformName} – News in case ${c.caseNumber}`,
    [
      fr ? `Dossier ${c.caseNumber} :` : `Case ${c.caseNumber}:`,
      labels.map((label) => `• ${label}`).join('\n'),
      fr
        ? 'Connectez-vous à la plateforme pour voir le détail.'
        : 'Sign in to the platform to see the details.',
      caseLink(b, c, lang),
    ],
  );
}

/** Alerts sent by the deadline job (QC-8 reminders, QC-20, FR-8, FR-9, FR-11). */
export type DeadlineAlert = Exclude<
  DeadlineKind,
  'draft_expiry' | 'professional_answer' | 'messaging_end' | 'records_purge'
>;

function formatDay(iso: string, timeZone: string, lang: Language): string {
  const day = lastDayOfPeriod(iso, timeZone);
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

const alertText: {
  readonly [K in DeadlineAlert]: (day: string, lang: Language) => { subject: string; body: string };
} = {
  draft_reminder: (day, lang) =>
    lang === 'fr'
      ? {
          subject: 'Votre ébauche sera bientôt fermée',
          body: `Votre dossier n’a pas encore été soumis. S’il ne l’est pas d’ici la fin du ${day}, l’ébauche sera fermée automatiquement.`,
        }
      : {
          subject: 'Your draft will soon be closed',
          body: `Your case has not been submitted yet. If it is not submitted by the end of ${day}, the draft will close automatically.`,
        },
  mediation_alert: (day, lang) =>
    lang === 'fr'
      ? {
          subject: 'Médiation : 60e jour atteint',
          body: `La médiation de ce dossier a atteint son 60e jour. Elle ne devrait pas dépasser le ${day}.`,
        }
      : {
          subject: 'Mediation: day 60 reached',
          body: `The mediation of this case has reached day 60. It should not go beyond ${day}.`,
        },
  mediation_end: (day, lang) =>
    lang === 'fr'
      ? {
          subject: 'Médiation : durée maximale dépassée',
          body: `La durée de la médiation prévue jusqu’au ${day} est dépassée. Le dossier est signalé en retard; il reste ouvert.`,
        }
      : {
          subject: 'Mediation: maximum length exceeded',
          body: `The mediation planned until ${day} has gone past its length. The case is flagged as overdue; it stays open.`,
        },
  admissibility_decision: (day, lang) =>
    lang === 'fr'
      ? {
          subject: 'Recevabilité : délai dépassé',
          body: `La décision de recevabilité était attendue au plus tard le ${day}.`,
        }
      : {
          subject: 'Admissibility: deadline passed',
          body: `The admissibility decision was due by ${day} at the latest.`,
        },
  solution_answer: (day, lang) =>
    lang === 'fr'
      ? {
          subject: 'Solution du médiateur : délai de réponse écoulé',
          body: `Le délai pour répondre à la solution proposée a pris fin le ${day}.`,
        }
      : {
          subject: 'Mediator’s solution: answer period over',
          body: `The period to answer the proposed solution ended on ${day}.`,
        },
};

export function renderDeadlineAlert(
  lang: Language,
  b: Branding,
  c: CaseMailContext,
  kind: DeadlineAlert,
  /** The exclusive end of the period the alert is about (the draft's, the mediation's…). */
  periodEnd: string,
): RenderedMail {
  const { subject, body } = alertText[kind](formatDay(periodEnd, c.timeZone, lang), lang);
  return layout(lang, b, `${b.platformName} – ${c.caseNumber} – ${subject}`, [
    body,
    caseLink(b, c, lang),
  ]);
}

/** QC-7: the consumer's confirmation (seed 000's wording, with this deployment's names). */
export function renderSubmissionConfirmation(
  lang: Language,
  b: Branding,
  c: CaseMailContext,
): RenderedMail {
  const fr = lang === 'fr';
  return layout(
    lang,
    b,
    fr
      ? `${b.platformName} – Votre dossier ${c.caseNumber} a été soumis`
      : `${b.platformName} – Your case ${c.caseNumber} has been submitted`,
    fr
      ? [
          `Votre dossier a bien été créé dans ${b.platformName} et votre proposition a été soumise au commerçant. C’est l’étape de la négociation qui s’amorce entre vous et le commerçant.`,
          'Lorsque celui-ci répondra à votre proposition, vous recevrez une notification par courriel.',
          { link: `${b.publicUrl}/cases/${c.caseId}`, label: `Accéder à ${b.platformName}` },
          `Pour toute question, communiquez avec nous :\n- par courriel à l’adresse ${b.supportEmail};\n- par téléphone au ${b.supportPhone}.`,
        ]
      : [
          `Your case has been created in ${b.platformName} and your proposal has been submitted to the merchant. The negotiation between you and the merchant now begins.`,
          'When the merchant answers your proposal, you will be notified by e-mail.',
          { link: `${b.publicUrl}/cases/${c.caseId}`, label: `Go to ${b.platformName}` },
          `If you have any questions, contact us:\n- by e-mail at ${b.supportEmail};\n- by phone at ${b.supportPhone}.`,
        ],
  );
}

/** QC-7, ORG-2: the business is alerted of a new case. */
export function renderNewCaseAlert(lang: Language, b: Branding, c: CaseMailContext): RenderedMail {
  const fr = lang === 'fr';
  return layout(
    lang,
    b,
    fr
      ? `${b.platformName} – Nouveau dossier ${c.caseNumber}`
      : `${b.platformName} – New case ${c.caseNumber}`,
    [
      fr
        ? `Un consommateur a soumis le dossier ${c.caseNumber} dans ${b.platformName}, avec une proposition pour régler son problème.`
        : `A consumer has submitted case ${c.caseNumber} in ${b.platformName}, with a proposal to settle the problem.`,
      fr
        ? 'Prenez le dossier en charge pour commencer la négociation.'
        : 'Take charge of the case to start the negotiation.',
      caseLink(b, c, lang),
    ],
  );
}

/** REP-2: the invitation with the case number and the validation key. */
export function renderRepresentativeInvitation(
  lang: Language,
  b: Branding,
  c: CaseMailContext & { consumerName: string; key: string; expiresOn: string },
): RenderedMail {
  const fr = lang === 'fr';
  return layout(
    lang,
    b,
    fr
      ? `${b.platformName} – Invitation à représenter ${c.consumerName} (dossier ${c.caseNumber})`
      : `${b.platformName} – Invitation to represent ${c.consumerName} (case ${c.caseNumber})`,
    fr
      ? [
          `${c.consumerName} vous a nommé pour agir en son nom dans son dossier sur ${b.platformName}.`,
          `Pour accepter, créez votre compte sur la plateforme (ou connectez-vous), choisissez « Activer une représentation », puis entrez le numéro de dossier et la clé de validation ci-dessous.`,
          `Numéro de dossier : ${c.caseNumber}`,
          'Clé de validation :',
          { code: c.key },
          `Cette clé est valide jusqu’au ${c.expiresOn} inclusivement.`,
          { link: `${b.publicUrl}/representations/activate`, label: 'Activer une représentation' },
        ]
      : [
          `${c.consumerName} has named you to act on their behalf in their case on ${b.platformName}.`,
          'To accept, create your account on the platform (or sign in), choose “Activate a representation”, then enter the case number and the validation key below.',
          `Case number: ${c.caseNumber}`,
          'Validation key:',
          { code: c.key },
          `This key is valid until ${c.expiresOn} inclusive.`,
          { link: `${b.publicUrl}/representations/activate`, label: 'Activate a representation' },
        ],
  );
}
