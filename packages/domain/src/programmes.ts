/**
 * The two rulebooks ("programmes") of SPEC §1 and their settings. Every duration is a setting
 * with the SPEC default; a deployment may override them, and each case keeps a snapshot of the
 * settings in force when it was opened (the snapshot travels in the `case_opened` event).
 */
import { isValidTimeZone } from './calendar.js';

export const PROGRAMMES = ['qc', 'fr'] as const;
export type Programme = (typeof PROGRAMMES)[number];

export type Currency = 'CAD' | 'EUR';

interface CommonSettings {
  readonly timeZone: string;
  readonly currency: Currency;
  readonly locale: 'fr-CA' | 'fr-FR';
  /** Shown before the reference number everywhere: `OPC-1234567` (QC-2). */
  readonly caseNumberPrefix: string;
  /** QC-23: a closed case stays readable this many calendar months, then is purged. */
  readonly readableAfterClosingMonths: number;
  /** QC-20 (75 days, not enforced: flagged overdue) / FR-9 (90 days, extendable). */
  readonly mediationMaxDays: number;
  /**
   * ORG-1: the business's respondent adds and removes its representatives directly; otherwise
   * they ask the office, whose staff do it (seed 001 for qc).
   */
  readonly respondentManagesRepresentatives: boolean;
}

export interface QcSettings extends CommonSettings {
  readonly programme: 'qc';
  /** QC-1: validity of the intake access code. Used by the API's intake, kept here as a setting. */
  readonly accessCodeValidityDays: number;
  /** QC-8: a draft not submitted within this period closes itself (seed 000: 30, seed 001: 14). */
  readonly draftExpiryDays: number;
  /** QC-8: reminders this many days before the draft expires. */
  readonly draftReminderDaysBefore: readonly number[];
  /** QC-15: mediation may be requested this many days after the business took charge. */
  readonly mediationEligibleAfterTakeChargeDays: number;
  /** QC-20: mediator and staff are alerted on this day of mediation. */
  readonly mediationAlertDay: number;
  /** QC-22: messaging stays usable this many days after an agreement. */
  readonly messagingAfterAgreementDays: number;
}

export interface FrSettings extends CommonSettings {
  readonly programme: 'fr';
  /** FR-5: the professional's time to accept or refuse; silence counts as refusal. */
  readonly professionalAnswerDays: number;
  /** FR-8: the mediator's time to decide admissibility, from the complete file. */
  readonly admissibilityDecisionDays: number;
  /** FR-11: default time given to the parties to answer a mediator's solution. */
  readonly solutionAnswerDays: number;
  /** FR-17: e-mediation fee charged to the professional, excl. tax, in cents. */
  readonly eMediationFeeExclTaxMinor: number;
}

export type ProgrammeSettings = QcSettings | FrSettings;
export type SettingsFor<P extends Programme> = Extract<ProgrammeSettings, { programme: P }>;

const QC_DEFAULTS: QcSettings = {
  programme: 'qc',
  timeZone: 'America/Toronto',
  currency: 'CAD',
  locale: 'fr-CA',
  caseNumberPrefix: 'OPC-',
  readableAfterClosingMonths: 12,
  mediationMaxDays: 75,
  respondentManagesRepresentatives: false,
  accessCodeValidityDays: 30,
  draftExpiryDays: 30,
  draftReminderDaysBefore: [7, 1],
  mediationEligibleAfterTakeChargeDays: 45,
  mediationAlertDay: 60,
  messagingAfterAgreementDays: 90,
};

const FR_DEFAULTS: FrSettings = {
  programme: 'fr',
  timeZone: 'Europe/Paris',
  currency: 'EUR',
  locale: 'fr-FR',
  caseNumberPrefix: 'MED-',
  readableAfterClosingMonths: 12,
  mediationMaxDays: 90,
  respondentManagesRepresentatives: true,
  professionalAnswerDays: 10,
  admissibilityDecisionDays: 21,
  solutionAnswerDays: 14,
  eMediationFeeExclTaxMinor: 6000,
};

export function defaultSettings<P extends Programme>(programme: P): SettingsFor<P>;
export function defaultSettings(programme: Programme): ProgrammeSettings {
  return programme === 'qc' ? QC_DEFAULTS : FR_DEFAULTS;
}

/** Deployment overrides as read from configuration: checked key by key at run time. */
export type SettingsOverrides = { readonly [setting: string]: unknown };

export type SettingsIssueCode =
  | 'unknown_setting'
  | 'not_overridable'
  | 'not_a_positive_integer'
  | 'not_a_boolean'
  | 'invalid_time_zone'
  | 'invalid_case_number_prefix'
  | 'reminder_not_before_expiry'
  | 'alert_not_before_end';

export interface SettingsIssue {
  readonly setting: string;
  readonly code: SettingsIssueCode;
}

export type SettingsResult<S extends ProgrammeSettings = ProgrammeSettings> =
  | { readonly ok: true; readonly settings: S }
  | { readonly ok: false; readonly issues: readonly SettingsIssue[] };

/** Currency and locale define the programme; the rest may be changed by a deployment. */
const FIXED: ReadonlySet<string> = new Set(['programme', 'currency', 'locale']);

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

function checkValue(setting: string, value: unknown): SettingsIssueCode | null {
  if (setting === 'timeZone') {
    return typeof value === 'string' && isValidTimeZone(value) ? null : 'invalid_time_zone';
  }
  if (setting === 'caseNumberPrefix') {
    return typeof value === 'string' && /^[A-Za-z0-9-]{0,10}$/.test(value)
      ? null
      : 'invalid_case_number_prefix';
  }
  if (setting === 'respondentManagesRepresentatives') {
    return typeof value === 'boolean' ? null : 'not_a_boolean';
  }
  if (setting === 'draftReminderDaysBefore') {
    return Array.isArray(value) && value.every(isPositiveInteger) ? null : 'not_a_positive_integer';
  }
  return isPositiveInteger(value) ? null : 'not_a_positive_integer';
}

/**
 * Applies a deployment's overrides to a programme's defaults (or to `base`). Every value is
 * validated: durations are positive integers, reminders fall before expiry, the mediation alert
 * falls before the mediation's end. Nothing is applied when any override is invalid.
 */
export function mergeSettings<P extends Programme>(
  programme: P,
  overrides: SettingsOverrides,
  base: SettingsFor<P> = defaultSettings(programme),
): SettingsResult<SettingsFor<P>> {
  const issues: SettingsIssue[] = [];
  const merged: Record<string, unknown> = Object.fromEntries(Object.entries(base));
  for (const [setting, value] of Object.entries(overrides)) {
    if (!Object.hasOwn(base, setting)) issues.push({ setting, code: 'unknown_setting' });
    else if (FIXED.has(setting)) issues.push({ setting, code: 'not_overridable' });
    else {
      const code = checkValue(setting, value);
      if (code === null) merged[setting] = Array.isArray(value) ? [...value] : value;
      else issues.push({ setting, code });
    }
  }
  if (issues.length === 0) issues.push(...crossChecks(merged as unknown as ProgrammeSettings));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, settings: merged as unknown as SettingsFor<P> };
}

function crossChecks(settings: ProgrammeSettings): SettingsIssue[] {
  if (settings.programme !== 'qc') return [];
  const issues: SettingsIssue[] = [];
  if (settings.draftReminderDaysBefore.some((days) => days >= settings.draftExpiryDays)) {
    issues.push({ setting: 'draftReminderDaysBefore', code: 'reminder_not_before_expiry' });
  }
  if (settings.mediationAlertDay >= settings.mediationMaxDays) {
    issues.push({ setting: 'mediationAlertDay', code: 'alert_not_before_end' });
  }
  return issues;
}

/** Re-validates a complete settings object (e.g. a snapshot received in a command). */
export function validateSettings(settings: ProgrammeSettings): readonly SettingsIssue[] {
  const defaults = Object.fromEntries(Object.entries(defaultSettings(settings.programme)));
  const issues: SettingsIssue[] = [];
  const overrides: Record<string, unknown> = {};
  for (const [setting, value] of Object.entries(settings)) {
    if (!FIXED.has(setting)) overrides[setting] = value;
    else if (value !== defaults[setting]) issues.push({ setting, code: 'not_overridable' });
  }
  const result = mergeSettings(settings.programme, overrides);
  return result.ok ? issues : [...issues, ...result.issues];
}

/** The languages the information kit is written in (SPEC §10: French first, English complete). */
export type KitLanguage = 'fr' | 'en';

/** QC-21: the information kit on other remedies, in one language: a title and plain paragraphs. */
export interface InformationKit {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

export type InformationKits = { readonly [L in KitLanguage]: InformationKit };

/*
 * The kit is a programme setting kept out of `ProgrammeSettings` on purpose: a case snapshots
 * its settings in `case_opened` (rules that must not change under a running case), while the kit
 * is the office's current advice, read when the case closes, and several kilobytes that every
 * case's journal would otherwise carry. The office's contact is added by the e-mail from the
 * deployment's branding, so the text names no office.
 */
const QC_KIT: InformationKits = {
  fr: {
    title: 'Trousse d’information sur les autres recours',
    paragraphs: [
      // Seed 001, « Échec de la démarche », word for word after « vous êtes libre ».
      'Votre dossier a été fermé sans entente. Si le problème n’est pas réglé, vous êtes libre d’envoyer une mise en demeure au commerçant et de présenter une requête à la Division des petites créances de la Cour du Québec, si cette démarche est nécessaire.',
      'La mise en demeure : c’est une lettre par laquelle vous demandez formellement au commerçant de respecter ses obligations (par exemple rembourser, réparer ou remplacer le bien) dans un délai raisonnable que vous fixez, à défaut de quoi vous pourrez vous adresser au tribunal. Indiquez vos coordonnées et celles du commerçant, décrivez le problème et ce que vous demandez, précisez le délai accordé, puis datez et signez la lettre. Envoyez-la par un moyen qui permet de prouver sa réception (par exemple par courrier recommandé ou par huissier de justice) et gardez-en une copie.',
      'La Division des petites créances de la Cour du Québec : elle entend, selon une procédure simplifiée, les demandes dont la valeur ne dépasse pas un montant maximal fixé par la loi; les parties s’y présentent sans avocat. Ce montant maximal change de temps à autre : vérifiez la limite en vigueur auprès de la Cour du Québec ou du ministère de la Justice du Québec avant de présenter votre requête. Il faut généralement avoir d’abord mis le commerçant en demeure.',
      // Seed 001, « Fermeture du dossier » and the confidentiality agreement.
      'Vos documents : les documents déposés dans la section « Documents » de votre dossier restent consultables. Le cas échéant, l’attestation d’absence d’entente en médiation pourrait être utile si le litige est porté devant le tribunal. Rappel : selon l’entente de confidentialité, ce qui s’est écrit ou dit au cours du processus ne peut pas servir de preuve devant le tribunal, à moins que les parties aient donné leur accord pour le faire.',
    ],
  },
  en: {
    title: 'Information kit on other remedies',
    paragraphs: [
      'Your case was closed without an agreement. If the problem is not settled, you are free to send the merchant a formal notice (mise en demeure) and to file a claim with the Small Claims Division of the Court of Québec (Division des petites créances de la Cour du Québec), if this step is necessary.',
      'The formal notice: a letter in which you formally ask the merchant to fulfil their obligations (for example to refund, repair or replace the good) within a reasonable time that you set, failing which you may go to court. Give your contact details and the merchant’s, describe the problem and what you ask for, state the time allowed, then date and sign the letter. Send it in a way that proves it was received (for example by registered mail or through a bailiff) and keep a copy.',
      'The Small Claims Division of the Court of Québec: it hears, under a simplified procedure, claims whose value does not exceed a maximum set by law; the parties appear without a lawyer. This maximum changes from time to time: check the current limit with the Court of Québec or Québec’s Ministère de la Justice before filing your claim. You generally need to have sent the merchant a formal notice first.',
      'Your documents: the documents filed under “Documents” in your case remain available. Where applicable, the attestation of no agreement in mediation could be useful if the dispute is brought before the court. Reminder: under the confidentiality agreement, what was written or said during the process cannot be used as evidence in court unless the parties have agreed to it.',
    ],
  },
};

const FR_KIT: InformationKits = {
  fr: {
    title: 'Vos autres recours',
    paragraphs: [
      'Votre dossier a été fermé sans accord. Vous restez libre de faire valoir vos droits par d’autres voies.',
      'Le conciliateur de justice : auxiliaire de justice bénévole, il aide gratuitement les parties à trouver une solution amiable. Vous pouvez vous adresser à lui par l’intermédiaire du tribunal ou de la mairie de votre domicile, ou en ligne.',
      'Le tribunal judiciaire : vous pouvez saisir le tribunal judiciaire compétent. Pour un litige d’un faible montant, une tentative de règlement amiable (conciliation, médiation) est en principe exigée avant de saisir le juge : vérifiez les règles et le seuil en vigueur. Si une médiation a eu lieu, le délai pour agir en justice, suspendu pendant celle-ci, recommence à courir à sa fin, pour au moins six mois.',
      'Rappel : les constatations du médiateur et les déclarations recueillies au cours de la médiation ne peuvent être ni produites ni invoquées devant le juge sans l’accord des parties.',
    ],
  },
  en: {
    title: 'Your other remedies',
    paragraphs: [
      'Your case was closed without an agreement. You remain free to assert your rights by other means.',
      'The conciliator of justice (conciliateur de justice): a volunteer officer of the court who helps the parties find an amicable solution free of charge. You can reach one through the court or the town hall where you live, or online.',
      'The judicial court (tribunal judiciaire): you can bring the matter before the competent judicial court. For a small claim, an attempt at amicable settlement (conciliation, mediation) is in principle required before going to court: check the rules and threshold in force. If a mediation took place, the time limit for going to court, suspended during it, starts running again when it ends, for at least six months.',
      'Reminder: the mediator’s findings and the statements gathered during the mediation cannot be produced or relied on in court without the parties’ agreement.',
    ],
  },
};

/** QC-21: the programme's default information kit, in French and English. */
export function defaultInformationKit(programme: Programme): InformationKits {
  return programme === 'qc' ? QC_KIT : FR_KIT;
}
