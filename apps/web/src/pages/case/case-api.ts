/**
 * Calls of the case page's tabs (apps/api case-pages.routes.ts, cases.routes.ts commands,
 * drafts.routes.ts representatives, documents.routes.ts). Types only: no zod in this chunk.
 */
import type { AgreementTextView, ProblemDescriptionDraft } from '@entente/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CommandResult } from '../../api/case-types';
import { CASE_FRESH_MS } from '../../api/queries';

const enc = encodeURIComponent;

export type Side = 'consumer' | 'merchant';

/** The engine's `ProposalContent` (complete). */
export interface ProposalContent {
  solutions: Array<
    | { kind: 'refund' | 'price_reduction'; amountMinor: number }
    | { kind: 'repair' | 'replacement' | 'contract_cancellation' }
    | { kind: 'delivery_or_service'; byDate: string }
    | { kind: 'damages'; amountMinor: number; supportingDocumentId: string }
    | { kind: 'other_compensation'; text: string }
  >;
  terms: string;
}

/** `GET /api/cases/:id/resume` (QC-10, QC-11). */
export interface CaseResume {
  id: string;
  caseNumber: string;
  status: string;
  mySide: Side | 'mediator' | null;
  consumer: { userId: string; name: string; phone: string | null; address: string | null };
  business: { id: string; name: string | null };
  merchantInCharge: { userId: string; name: string; since: string } | null;
  representative: {
    id: string;
    status: 'invited' | 'active';
    firstName: string;
    lastName: string;
    relationship: string;
  } | null;
  submitted: { at: string; by: string | null } | null;
  description: ProblemDescriptionDraft | null;
}

/** A party's acceptance of one version of a proposal. */
export interface ProposalAnswer {
  side: Side;
  version: number;
  at: string;
}

export interface ProposalVersion {
  version: number;
  at: string;
  byName: string | null;
  content: ProposalContent;
}

/** `GET /api/cases/:id/proposals` (QC-12). */
export interface CaseProposals {
  caseId: string;
  status: string;
  currency: 'CAD' | 'EUR';
  locale: 'fr-CA' | 'fr-FR';
  mySide: Side | 'mediator' | null;
  turn: Side | null;
  /** The proposal `may` is about: the open party proposal, or the mediator's in mediation. */
  currentProposalId: string | null;
  /** QC-17: the mediator's current proposal; null before they made one (or before mediation). */
  mediatorProposalId?: string | null;
  /**
   * For the mediator `counter` is "Faire une proposition initiale" and `modify` "Modifier ma
   * proposition"; for a party in mediation `accept` is about the mediator's current version.
   */
  may: { accept: boolean; modify: boolean; counter: boolean };
  /** Newest first, the negotiation's included. */
  proposals: BoardProposal[];
  agreement: {
    proposalId: string;
    version: number;
    reachedAt: string;
    documentId: string | null;
  } | null;
}

export interface BoardProposal {
  id: string;
  author: Side | 'mediator';
  phase?: 'negotiation' | 'mediation';
  status: 'open' | 'countered' | 'accepted' | 'refused' | 'superseded';
  versions: ProposalVersion[];
  acceptedVersion: number | null;
  /** Acceptances of the current version. */
  acceptances?: ProposalAnswer[];
  /** QC-17: acceptances of earlier versions, voided when the proposal was modified. */
  voidedAcceptances?: ProposalAnswer[];
}

/** The commands the case page sends (apps/api command-schemas.ts `caseCommandBody`). */
export type PageCommand =
  | { type: 'take_charge' }
  | { type: 'refuse_negotiation'; reason: string }
  | { type: 'make_proposal'; content: ProposalContent }
  | { type: 'modify_proposal'; proposalId: string; baseVersion: number; content: ProposalContent }
  | { type: 'accept_proposal'; proposalId: string; version: number }
  | { type: 'request_mediation' }
  | { type: 'close_without_agreement'; justification: string; problemSummary: string };

export interface RepresentativeInvitation {
  firstName: string;
  lastName: string;
  relationship: string;
  email: string;
  consent: true;
  notALawyer?: boolean;
  atLeast18?: boolean;
}

export const casePageApi = {
  resume: (id: string) => api.get<CaseResume>(`/api/cases/${enc(id)}/resume`),
  proposals: (id: string) => api.get<CaseProposals>(`/api/cases/${enc(id)}/proposals`),
  preview: (id: string, content: ProposalContent) =>
    api.post<AgreementTextView>(`/api/cases/${enc(id)}/agreement-preview`, { content }),
  command: (id: string, body: PageCommand) =>
    api.post<CommandResult & { createdId: string | null }>(`/api/cases/${enc(id)}/commands`, body),
  inviteRepresentative: (id: string, body: RepresentativeInvitation) =>
    api.post<{ id: string }>(`/api/cases/${enc(id)}/representatives`, body),
  removeRepresentative: (id: string, representativeId: string) =>
    api.delete<{ ok: true }>(`/api/cases/${enc(id)}/representatives/${enc(representativeId)}`),
  deleteDocument: (id: string, documentId: string) =>
    api.delete<unknown>(`/api/cases/${enc(id)}/documents/${enc(documentId)}`),
};

/** Where a document downloads (a plain link: the browser keeps the session cookie). */
export function downloadPath(caseId: string, documentId: string): string {
  return `/api/cases/${enc(caseId)}/documents/${enc(documentId)}/download`;
}

export const casePageKeys = {
  resume: (id: string) => ['cases', 'resume', id],
  proposals: (id: string) => ['cases', 'proposals', id],
} as const;

/** "Résumé du dossier", read by its tab and loaded ahead by the route (tab-preload.ts). */
export function resumeQuery(id: string) {
  return queryOptions({
    queryKey: casePageKeys.resume(id),
    queryFn: () => casePageApi.resume(id),
    staleTime: CASE_FRESH_MS,
  });
}
