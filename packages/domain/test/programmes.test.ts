/**
 * Programme settings (SPEC §1 "every duration is a programme setting"): defaults, validated
 * deployment overrides, and the snapshot a case keeps.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultInformationKit,
  defaultSettings,
  deadlinesFor,
  mergeSettings,
  validateSettings,
} from '../src/index.js';
import { CaseDriver, openCommand } from './fixtures.js';

describe('defaults', () => {
  it('qc follows SPEC §4', () => {
    expect(defaultSettings('qc')).toEqual({
      programme: 'qc',
      timeZone: 'America/Toronto',
      currency: 'CAD',
      locale: 'fr-CA',
      caseNumberPrefix: 'OPC-', // QC-2
      accessCodeValidityDays: 30, // QC-1
      draftExpiryDays: 30, // QC-8 (seed 000, the later document)
      draftReminderDaysBefore: [7, 1], // QC-8
      mediationEligibleAfterTakeChargeDays: 45, // QC-15
      mediationMaxDays: 75, // QC-20
      mediationAlertDay: 60, // QC-20
      messagingAfterAgreementDays: 90, // QC-22
      readableAfterClosingMonths: 12, // QC-23
      respondentManagesRepresentatives: false, // ORG-1, seed 001: the respondent asks the office
    });
  });

  it('fr follows SPEC §5', () => {
    expect(defaultSettings('fr')).toMatchObject({
      timeZone: 'Europe/Paris',
      currency: 'EUR',
      locale: 'fr-FR',
      professionalAnswerDays: 10, // FR-5
      admissibilityDecisionDays: 21, // FR-8
      mediationMaxDays: 90, // FR-9
      solutionAnswerDays: 14, // FR-11
      eMediationFeeExclTaxMinor: 6000, // FR-17
      respondentManagesRepresentatives: true, // ORG-1
    });
  });
});

describe('deployment overrides', () => {
  it('applies valid values', () => {
    const result = mergeSettings('qc', { draftExpiryDays: 14, caseNumberPrefix: 'PC-' });
    expect(result).toMatchObject({
      ok: true,
      settings: { draftExpiryDays: 14, caseNumberPrefix: 'PC-' },
    });
    expect(defaultSettings('qc').draftExpiryDays).toBe(30);
  });

  it('rejects non-positive or non-integer durations, unknown keys and fixed values', () => {
    const result = mergeSettings('fr', {
      professionalAnswerDays: 0,
      solutionAnswerDays: 2.5,
      admissibilityDecisionDays: '21',
      colour: 'blue',
      currency: 'USD',
      timeZone: 'Mars/Olympus',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.setting, i.code])).toEqual([
        ['professionalAnswerDays', 'not_a_positive_integer'],
        ['solutionAnswerDays', 'not_a_positive_integer'],
        ['admissibilityDecisionDays', 'not_a_positive_integer'],
        ['colour', 'unknown_setting'],
        ['currency', 'not_overridable'],
        ['timeZone', 'invalid_time_zone'],
      ]);
    }
  });

  it('ORG-1: whether the respondent manages representatives is a yes or no', () => {
    expect(mergeSettings('qc', { respondentManagesRepresentatives: true })).toMatchObject({
      ok: true,
      settings: { respondentManagesRepresentatives: true },
    });
    const result = mergeSettings('qc', { respondentManagesRepresentatives: 'yes' });
    expect(result.ok ? [] : result.issues).toEqual([
      { setting: 'respondentManagesRepresentatives', code: 'not_a_boolean' },
    ]);
  });

  it('keeps reminders before expiry and the alert before the end of mediation', () => {
    const result = mergeSettings('qc', { draftExpiryDays: 5, mediationAlertDay: 80 });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual([
      'reminder_not_before_expiry',
      'alert_not_before_end',
    ]);
  });

  it('validates a full snapshot', () => {
    expect(validateSettings(defaultSettings('qc'))).toEqual([]);
    expect(validateSettings({ ...defaultSettings('fr'), currency: 'CAD' })).toEqual([
      { setting: 'currency', code: 'not_overridable' },
    ]);
  });
});

describe('a case keeps the settings in force when it opened', () => {
  it('uses the snapshot for its deadlines, whatever the deployment does later', () => {
    const merged = mergeSettings('qc', { draftExpiryDays: 14 }); // seed 001's 14 days
    if (!merged.ok) throw new Error('invalid');
    const open = openCommand('qc');
    if (open.type !== 'open_case') throw new Error('unreachable');
    const d = new CaseDriver('2024-03-01T15:00:00Z').do('consumer', {
      ...open,
      settings: merged.settings,
    });
    expect(d.current.settings).toMatchObject({ draftExpiryDays: 14 });
    expect(d.current.caseNumber).toBe('OPC-1291252');
    expect(deadlinesFor(d.current).at(-1)).toMatchObject({
      kind: 'draft_expiry',
      dueAt: '2024-03-16T04:00:00.000Z',
    });
    const invalid = {
      ...open,
      caseId: 'other',
      settings: { ...merged.settings, draftExpiryDays: -1 },
    };
    expect(new CaseDriver().try('consumer', invalid)).toEqual({
      ok: false,
      reason: 'invalid_settings',
    });
  });
});

describe('QC-21: the information kit on other remedies', () => {
  const text = (kit: { title: string; paragraphs: readonly string[] }) =>
    [kit.title, ...kit.paragraphs].join('\n');

  it('qc: formal notice and the Small Claims Division, in seed 001’s words', () => {
    const { fr, en } = defaultInformationKit('qc');
    expect(fr.paragraphs[0]).toContain(
      'envoyer une mise en demeure au commerçant et de présenter une requête à la Division des petites créances de la Cour du Québec, si cette démarche est nécessaire.',
    );
    expect(text(fr)).toContain('vérifiez la limite en vigueur');
    expect(text(en)).toContain('formal notice (mise en demeure)');
    expect(text(en)).toContain('Small Claims Division of the Court of Québec');
    expect(text(en)).toContain('check the current limit');
  });

  it('qc: states no claim limit that could go stale (no amount, no figure)', () => {
    for (const kit of Object.values(defaultInformationKit('qc'))) {
      expect(text(kit)).not.toMatch(/\d|\$/);
    }
  });

  it('fr: the conciliator of justice and the judicial court', () => {
    const { fr, en } = defaultInformationKit('fr');
    expect(text(fr)).toContain('conciliateur de justice');
    expect(text(fr)).toContain('tribunal judiciaire');
    expect(text(en)).toContain('conciliator of justice');
    expect(text(en)).toContain('judicial court');
  });

  it('English is complete: as many paragraphs as French, none empty', () => {
    for (const programme of ['qc', 'fr'] as const) {
      const { fr, en } = defaultInformationKit(programme);
      expect(en.paragraphs).toHaveLength(fr.paragraphs.length);
      expect([fr.title, en.title, ...fr.paragraphs, ...en.paragraphs].every(Boolean)).toBe(true);
    }
  });

  it('stays out of the settings a case snapshots (it is read when the case closes)', () => {
    expect(Object.keys(defaultSettings('qc'))).not.toContain('informationKit');
    expect(mergeSettings('qc', { informationKit: 'x' })).toMatchObject({ ok: false });
  });
});
