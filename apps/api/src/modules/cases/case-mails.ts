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
