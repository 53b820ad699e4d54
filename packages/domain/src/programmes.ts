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
