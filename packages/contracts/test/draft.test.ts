import { SOLUTION_KINDS, validateProposalContent, type ProposalContent } from '@entente/domain';
import { describe, expect, it } from 'vitest';
import {
  CONTRACT_PLACES,
  PROBLEM_NATURES,
  activateRepresentationBody,
  issuesToFieldErrors,
  problemDescriptionDraftSchema,
  problemDescriptionSchema,
  proposalContentSchema,
  proposalDraftSchema,
} from '../src/index.js';

const complete = {
  goodOrService: 'Laveuse',
  paidInFull: false,
  contractPlace: 'online',
  merchantAddress: 'https://exemple.ca',
  priorSteps: false,
  problemNatures: ['defective_good'],
};

describe('problem description (QC-5)', () => {
  it('saves any subset of well-formed fields, and demands the starred ones at submission', () => {
    expect(problemDescriptionDraftSchema.safeParse({}).success).toBe(true);
    expect(problemDescriptionDraftSchema.safeParse({ brand: 'X' }).success).toBe(true);
    const missing = problemDescriptionSchema.safeParse({ brand: 'X' });
    expect(missing.success).toBe(false);
    expect(Object.keys(issuesToFieldErrors(missing.error!.issues, 'fr')).sort()).toEqual(
      [
        'contractPlace',
        'goodOrService',
        'merchantAddress',
        'paidInFull',
        'priorSteps',
        'problemNatures',
      ].sort(),
    );
    expect(problemDescriptionSchema.safeParse(complete).success).toBe(true);
  });

  it('asks for details when the answer calls for them', () => {
    const result = problemDescriptionSchema.safeParse({
      ...complete,
      contractPlace: 'other',
      priorSteps: true,
      problemNatures: ['other'],
      priorStepsDetails: '   ',
    });
    expect(Object.keys(issuesToFieldErrors(result.error!.issues, 'en')).sort()).toEqual([
      'contractPlaceDetails',
      'priorStepsDetails',
      'problemNatureDetails',
    ]);
  });

  it('has the five places of seed 000 and an "other" nature', () => {
    expect(CONTRACT_PLACES).toEqual(['in_store', 'at_home', 'by_phone', 'online', 'other']);
    expect(PROBLEM_NATURES).toContain('other');
  });
});

describe('proposal (QC-6)', () => {
  it('accepts exactly what the engine accepts, one solution of each kind', () => {
    const content: ProposalContent = {
      solutions: [
        { kind: 'refund', amountMinor: 1 },
        { kind: 'repair' },
        { kind: 'replacement' },
        { kind: 'delivery_or_service', byDate: '2026-12-31' },
        { kind: 'contract_cancellation' },
        { kind: 'price_reduction', amountMinor: 99 },
        {
          kind: 'damages',
          amountMinor: 5000,
          supportingDocumentId: '6f1c1f2e-7a5b-4c1d-9e8f-0a1b2c3d4e5f',
        },
        { kind: 'other_compensation', text: 'Bon d’achat' },
      ],
      terms: '',
    };
    expect(content.solutions.map((s) => s.kind)).toEqual([...SOLUTION_KINDS]);
    expect(proposalContentSchema.parse(content)).toEqual(content);
    expect(validateProposalContent(content)).toEqual([]);
    const twice = { solutions: [{ kind: 'repair' }, { kind: 'repair' }], terms: '' };
    expect(proposalContentSchema.safeParse(twice).success).toBe(false);
  });

  it('lets a solution be saved before its amount or date is filled in', () => {
    expect(proposalDraftSchema.safeParse({ solutions: [{ kind: 'refund' }] }).success).toBe(true);
    expect(
      proposalContentSchema.safeParse({ solutions: [{ kind: 'refund' }], terms: '' }).success,
    ).toBe(false);
    expect(
      proposalDraftSchema.safeParse({ solutions: [{ kind: 'refund', amountMinor: 1.5 }] }).success,
    ).toBe(false);
  });
});

describe('representative activation (REP-2)', () => {
  it('ignores the spaces and dashes people type in the key', () => {
    expect(
      activateRepresentationBody.parse({
        caseNumber: 'OPC-1234567',
        validationKey: 'abcd efgh-jkmn',
      }),
    ).toEqual({ caseNumber: 'OPC-1234567', validationKey: 'abcdefghjkmn' });
    expect(
      activateRepresentationBody.safeParse({ caseNumber: 'OPC-1', validationKey: 'abcd0fghjkmn' })
        .success,
    ).toBe(false);
  });
});
