import type { ThreadView } from '@entente/contracts';
import { describe, expect, it } from 'vitest';
import type { BoardProposal, CaseProposals } from '../src/pages/case/case-api';
import { caseEn } from '../src/pages/case/case-en';
import { caseFr } from '../src/pages/case/case-fr';
import {
  acceptanceBySide,
  acceptancesWereVoided,
  isMediationBoard,
  mediationDays,
  mediatorProposalOf,
  seesMediationDays,
  sidesThatAccepted,
} from '../src/pages/case/mediation/mediation-view';
import { messagesEn } from '../src/pages/case/messages/messages-en';
import { messagesFr } from '../src/pages/case/messages/messages-fr';
import {
  messagingCentreThreads,
  startKey,
  threadTitleKey,
} from '../src/pages/case/messages/thread-labels';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const progress = (day: number, alert: boolean, overdue: boolean) => ({
  day,
  maxDays: 75,
  remainingDays: Math.max(0, 75 - day),
  alert,
  overdue,
  endsAt: '2026-06-01T04:00:00.000Z',
});

function thread(kind: ThreadView['kind'], extra: Partial<ThreadView> = {}): ThreadView {
  return {
    kind,
    state: 'open',
    canPost: true,
    participants: [],
    lastMessageAt: null,
    messageCount: 0,
    unread: 0,
    ...extra,
  };
}

function mediatorProposal(extra: Partial<BoardProposal> = {}): BoardProposal {
  const content = { solutions: [{ kind: 'repair' as const }], terms: '' };
  return {
    id: 'p-mediator',
    author: 'mediator',
    phase: 'mediation',
    status: 'open',
    versions: [
      { version: 1, at: '2026-05-01T12:00:00Z', byName: 'M', content },
      { version: 2, at: '2026-05-03T12:00:00Z', byName: 'M', content },
    ],
    acceptedVersion: null,
    acceptances: [],
    voidedAcceptances: [],
    ...extra,
  };
}

function board(proposals: BoardProposal[], mediatorProposalId?: string | null): CaseProposals {
  return {
    caseId: 'c',
    status: 'mediation',
    currency: 'CAD',
    locale: 'fr-CA',
    mySide: 'consumer',
    turn: null,
    currentProposalId: null,
    ...(mediatorProposalId === undefined ? {} : { mediatorProposalId }),
    may: { accept: false, modify: false, counter: false },
    proposals,
    agreement: null,
  };
}

describe('mediation text of the case page (SPEC §10, seed 000)', () => {
  it('messages: same keys and placeholders in French and English, nothing empty', () => {
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesFr).sort());
    for (const key of Object.keys(messagesFr) as Array<keyof typeof messagesFr>) {
      expect(messagesFr[key].trim(), key).not.toBe('');
      expect(placeholders(messagesEn[key]), key).toEqual(placeholders(messagesFr[key]));
    }
  });

  it('QC-15 to QC-19 keep the seed labels word for word', () => {
    expect(caseFr['cp.med.request']).toBe('Demander la médiation');
    expect(caseFr['cp.med.prop.title']).toBe('Proposition du médiateur');
    expect(caseFr['cp.med.prop.none']).toBe('Le médiateur n’a pas fait de proposition');
    expect(caseFr['cp.med.prop.make']).toBe('Faire une proposition initiale');
    expect(caseFr['cp.med.prop.modify']).toBe('Modifier ma proposition');
    expect(caseFr['cp.med.prop.accept']).toBe('Accepter la proposition du médiateur');
    expect(caseFr['cp.med.requestedInfo']).toContain(
      'jusqu’à l’assignation par le service de la médiation en ligne d’un médiateur',
    );
    expect(caseFr['cp.med.close.title']).toBe('Fermer le dossier');
    expect(caseFr['cp.med.close.summary']).toBe('Résumé de la nature du problème');
    expect(caseFr['cp.prop.submitCounter']).toBe('Soumettre');
    expect(messagesFr['msg.thread.mediation']).toBe('Espace de discussion en médiation');
    expect(messagesFr['msg.thread.start']).toBe('Démarrer une discussion avec le médiateur');
    expect(`${messagesFr['msg.thread.parties.consumer']} ${messagesFr['msg.closed']}`).toBe(
      'Discussion avec le commerçant (Discussion fermée)',
    );
  });

  it('QC-17 offers no reject wording for the mediator’s proposal, in either language', () => {
    const mediationKeys = Object.keys(caseFr).filter((key) => key.startsWith('cp.med.prop.'));
    for (const key of mediationKeys) {
      expect(caseFr[key as keyof typeof caseFr], key).not.toMatch(/^Refuser|^Rejeter/);
      expect(caseEn[key as keyof typeof caseEn], key).not.toMatch(/^Refuse|^Reject/);
    }
  });
});

describe('days of mediation (QC-20)', () => {
  it('QC-20 shows the mediator and staff the days, never the parties', () => {
    expect(seesMediationDays({ mySide: 'mediator', myRoles: ['mediator'] })).toBe(true);
    expect(seesMediationDays({ mySide: null, myRoles: ['staff'] })).toBe(true);
    expect(seesMediationDays({ mySide: null, myRoles: ['administrator'] })).toBe(true);
    expect(seesMediationDays({ mySide: 'consumer', myRoles: ['consumer'] })).toBe(false);
    expect(seesMediationDays({ mySide: 'merchant', myRoles: ['merchant_representative'] })).toBe(
      false,
    );
  });

  it('QC-20 reads "Premier jour" on the day of assignment, then "Jour X · Y jours restants"', () => {
    expect(mediationDays(progress(0, false, false))).toEqual({
      day: { key: 'cp.med.dayFirst', params: { day: 0 } },
      remaining: { key: 'cp.med.remaining.other', params: { count: 75 } },
      tone: 'normal',
    });
    const day59 = mediationDays(progress(59, false, false));
    expect(day59.day).toEqual({ key: 'cp.med.day', params: { day: 59 } });
    expect(day59.tone).toBe('normal');
    expect(mediationDays(progress(74, true, false)).remaining).toEqual({
      key: 'cp.med.remaining.one',
      params: { count: 1 },
    });
    expect(mediationDays(progress(75, true, false)).remaining?.key).toBe('cp.med.lastDay');
  });

  it('QC-20 alerts from day 60 and flags overdue past day 75, without a remaining count', () => {
    expect(mediationDays(progress(60, true, false)).tone).toBe('alert');
    const late = mediationDays(progress(76, true, true));
    expect(late.tone).toBe('overdue');
    expect(late.remaining).toBeNull();
    expect(caseFr['cp.med.day'].replace('{day}', '62')).toBe('Jour 62 de la médiation');
    expect(caseFr['cp.med.remaining.other'].replace('{count}', '13')).toBe('13 jours restants');
  });
});

describe('the proposals board in mediation (QC-17)', () => {
  const qcMediation = { programme: 'qc' as const, status: 'mediation', mediator: null };

  it('QC-17 switches to the mediation layout in qc once a mediator works on the case', () => {
    expect(isMediationBoard(qcMediation, board([]))).toBe(true);
    const assigned = { ...qcMediation, status: 'closed', mediator: { userId: 'm', name: 'M' } };
    expect(isMediationBoard(assigned, board([]))).toBe(true);
    const requested = { ...qcMediation, status: 'mediation_requested' };
    expect(isMediationBoard(requested, board([]))).toBe(false);
    expect(isMediationBoard({ ...qcMediation, programme: 'fr' }, board([]))).toBe(false);
  });

  it('QC-17 finds the mediator’s proposal by the API’s id, else the newest mediator one', () => {
    const older = mediatorProposal({ id: 'older' });
    const named = mediatorProposal({ id: 'named' });
    expect(mediatorProposalOf(board([older, named], 'named'))?.id).toBe('named');
    expect(mediatorProposalOf(board([older]))?.id).toBe('older');
    expect(mediatorProposalOf(board([], null))).toBeNull();
  });

  it('QC-17 reports each party’s acceptance of the current version only', () => {
    const proposal = mediatorProposal({
      acceptances: [
        { side: 'merchant', version: 2, at: '2026-05-04T12:00:00Z' },
        { side: 'consumer', version: 1, at: '2026-05-02T12:00:00Z' },
      ],
    });
    const bySide = acceptanceBySide(proposal);
    expect(bySide.merchant?.at).toBe('2026-05-04T12:00:00Z');
    expect(bySide.consumer).toBeNull();
  });

  it('QC-17 says a modification voided earlier acceptances while the proposal is open', () => {
    const voided = [{ side: 'consumer' as const, version: 1, at: '2026-05-02T12:00:00Z' }];
    expect(acceptancesWereVoided(mediatorProposal({ voidedAcceptances: voided }))).toBe(true);
    expect(acceptancesWereVoided(mediatorProposal())).toBe(false);
    expect(
      acceptancesWereVoided(mediatorProposal({ voidedAcceptances: voided, status: 'accepted' })),
    ).toBe(false);
    expect(sidesThatAccepted(voided, 1)).toEqual(['consumer']);
    expect(sidesThatAccepted(voided, 2)).toEqual([]);
    expect(sidesThatAccepted(undefined, 1)).toEqual([]);
  });
});

describe('the messaging centre in mediation (QC-16, QC-18)', () => {
  it('QC-18 lists the private threads first, the parties’ thread after, the discussion on the board', () => {
    const threads = [
      thread('parties', { state: 'read_only', canPost: false, messageCount: 3 }),
      thread('mediation'),
      thread('mediator_consumer'),
    ];
    const { listed, onBoard } = messagingCentreThreads(threads, 'qc');
    expect(listed.map((t) => t.kind)).toEqual(['mediator_consumer', 'parties']);
    expect(onBoard).toBe(true);
    // fr keeps its mediation forum in the list (FR-10).
    expect(messagingCentreThreads(threads, 'fr').listed.map((t) => t.kind)).toEqual([
      'parties',
      'mediation',
      'mediator_consumer',
    ]);
  });

  it('QC-18 invites each party, and the mediator per side, to start an empty private thread', () => {
    expect(startKey(thread('mediator_consumer'), 'consumer')).toBe('msg.thread.start');
    expect(startKey(thread('mediator_business'), 'merchant')).toBe('msg.thread.start');
    expect(startKey(thread('mediator_consumer'), 'mediator')).toBe('msg.thread.startConsumer');
    expect(startKey(thread('mediator_business'), 'mediator')).toBe('msg.thread.startBusiness');
    expect(startKey(thread('mediator_consumer', { messageCount: 1 }), 'consumer')).toBeNull();
    expect(startKey(thread('parties'), 'consumer')).toBeNull();
    expect(startKey(thread('mediator_consumer', { canPost: false }), 'consumer')).toBeNull();
  });

  it('QC-16 names the mediator’s private threads by side', () => {
    expect(threadTitleKey(thread('mediator_consumer'), 'mediator')).toBe(
      'msg.thread.mediatorConsumer',
    );
    expect(threadTitleKey(thread('mediator_business'), 'mediator')).toBe(
      'msg.thread.mediatorBusiness',
    );
    expect(threadTitleKey(thread('mediator_business'), 'merchant')).toBe('msg.thread.mediator');
  });
});
