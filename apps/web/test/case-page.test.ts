import { describe, expect, it } from 'vitest';
import { caseEn } from '../src/pages/case/case-en';
import { caseFr } from '../src/pages/case/case-fr';
import {
  downloadable,
  localRefusal,
  MAX_FILE_BYTES,
  sizeInKb,
} from '../src/pages/case/documents/document-rules';
import {
  solutionDetail,
  sortedSolutions,
  turnFor,
} from '../src/pages/case/proposals/proposal-text';
import { isCaseTab, tabOf, tabPath } from '../src/pages/case/tabs';
import { formFieldFor, toDraft, toValues } from '../src/pages/draft/proposal-form';
import { activateEn } from '../src/pages/representation/activate-en';
import { activateFr } from '../src/pages/representation/activate-fr';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('case page dictionaries (SPEC §10)', () => {
  for (const [name, fr, en] of [
    ['case', caseFr, caseEn],
    ['activation', activateFr, activateEn],
  ] as const) {
    it(`${name}: same keys and placeholders in French and English, nothing empty`, () => {
      expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
      for (const key of Object.keys(fr) as Array<keyof typeof fr>) {
        expect((fr[key] as string).trim(), key).not.toBe('');
        expect(placeholders(en[key] as string), key).toEqual(placeholders(fr[key] as string));
      }
    });
  }

  it('keeps the seed labels word for word (QC-9 to QC-12, REP-1)', () => {
    expect(caseFr['cp.tab.resume']).toBe('Résumé du dossier');
    expect(caseFr['cp.tab.documents']).toBe('Documents');
    expect(caseFr['cp.tab.propositions']).toBe('Tableau des propositions');
    expect(caseFr['cp.tab.messages']).toBe('Centre de messagerie');
    expect(caseFr['cp.merchant.take']).toBe('Prendre en charge ce dossier');
    expect(caseFr['cp.merchant.refuse']).toBe('Refuser de négocier');
    expect(caseFr['cp.prop.accept']).toBe('Accepter la proposition');
    expect(caseFr['cp.prop.preview']).toBe("Prévisualiser l'entente");
    expect(caseFr['cp.prop.agreement']).toBe('Entente conclue');
    expect(caseFr['cp.rep.add']).toBe('Ajouter une représentante ou un représentant');
  });
});

describe('case tabs (QC-11)', () => {
  it('map URL segments to tabs, the summary by default', () => {
    expect(tabOf(undefined)).toBe('resume');
    expect(tabOf('propositions')).toBe('propositions');
    expect(tabOf('review')).toBe('resume');
    expect(isCaseTab('documents')).toBe(true);
    expect(isCaseTab('parties')).toBe(false);
    expect(tabPath('a b', 'messages')).toBe('/cases/a%20b/messages');
  });
});

describe('proposals board text (QC-12)', () => {
  it('orders solutions as the list and formats amounts, dates and text', () => {
    const sorted = sortedSolutions([
      { kind: 'other_compensation', text: 'Bon d’achat' },
      { kind: 'refund', amountMinor: 123_456 },
      { kind: 'delivery_or_service', byDate: '2026-04-15' },
    ]);
    expect(sorted.map((s) => s.kind)).toEqual([
      'refund',
      'delivery_or_service',
      'other_compensation',
    ]);
    expect(solutionDetail(sorted[0]!, 'fr-CA', 'CAD')).toMatch(/^1\s234,56\s\$$/);
    expect(solutionDetail(sorted[1]!, 'fr-CA', 'CAD')).toBe('15 avril 2026');
    expect(solutionDetail(sorted[2]!, 'fr-CA', 'CAD')).toBe('Bon d’achat');
    expect(solutionDetail({ kind: 'repair' }, 'en-CA', 'CAD')).toBeNull();
  });

  it('tells whose turn it is from the reader’s side', () => {
    expect(turnFor('merchant', 'merchant')).toBe('mine');
    expect(turnFor('merchant', 'consumer')).toBe('merchant');
    expect(turnFor('consumer', null)).toBe('consumer');
    expect(turnFor(null, 'consumer')).toBe('none');
  });
});

describe('shared proposal form (QC-6, QC-12)', () => {
  it('round-trips a proposal and maps the case command’s field keys to the form', () => {
    const values = toValues(
      {
        solutions: [{ kind: 'price_reduction', amountMinor: 15_000 }, { kind: 'repair' }],
        terms: 'x',
      },
      'fr-CA',
    );
    expect(values.kinds).toEqual(['price_reduction', 'repair']);
    expect(toDraft(values)).toEqual({
      solutions: [{ kind: 'repair' }, { kind: 'price_reduction', amountMinor: 15_000 }],
      terms: 'x',
    });
    const field = formFieldFor(['repair', 'price_reduction']);
    expect(field('content.solutions.1.amountMinor')).toBe('priceReductionAmount');
    expect(field('proposal.solutions.1.amountMinor')).toBe('priceReductionAmount');
    expect(field('content.solutions')).toBe('kinds');
    expect(field('content.terms')).toBe('terms');
  });
});

describe('document rules (DOC-1, SEC-18)', () => {
  it('refuses a missing, empty or too large file before sending it', () => {
    expect(localRefusal(undefined)).toBe('missing');
    expect(localRefusal({ size: 0 })).toBe('empty');
    expect(localRefusal({ size: MAX_FILE_BYTES + 1 })).toBe('tooLarge');
    expect(localRefusal({ size: MAX_FILE_BYTES })).toBeNull();
  });

  it('offers downloads only of clean documents', () => {
    expect(downloadable({ scanStatus: 'clean' })).toBe(true);
    expect(downloadable({})).toBe(true);
    expect(downloadable({ scanStatus: 'pending' })).toBe(false);
    expect(downloadable({ scanStatus: 'infected' })).toBe(false);
    expect(sizeInKb(10)).toBe(1);
    expect(sizeInKb(4096)).toBe(4);
  });
});
