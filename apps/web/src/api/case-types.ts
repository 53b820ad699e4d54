/**
 * Shapes of the case and intake routes (apps/api/src/modules/cases/view-schemas.ts and
 * modules/intake/intake-schemas.ts), as the web app reads them. Types only.
 */

export type CaseFilter = 'all' | 'open' | 'closed';

export interface CaseListItem {
  id: string;
  caseNumber: string;
  programme: 'qc' | 'fr';
  status: string;
  outcome: string | null;
  openedAt: string;
}

export interface CaseList {
  items: CaseListItem[];
  /** Pass as `after` for the next page; null on the last page. */
  next: string | null;
}

interface Person {
  userId: string;
  name: string;
}

/** The fields of `GET /api/cases/:id` this shell shows (the view has more). */
export interface CaseSummary {
  id: string;
  caseNumber: string;
  referenceNumber: string;
  programme: 'qc' | 'fr';
  channel: 'online' | 'post';
  status: string;
  outcome: string | null;
  version: number;
  openedAt: string;
  submittedAt: string | null;
  closedAt: string | null;
  access: 'full' | 'metadata';
  myRoles: string[];
  mySide: 'consumer' | 'merchant' | 'mediator' | null;
  consumer: Person;
  businessId: string;
  merchantRepresentative: (Person & { since: string }) | null;
  mediator: Person | null;
  consumerRepresentative: {
    id: string;
    status: 'invited' | 'active';
    firstName: string;
    lastName: string;
    relationship: string;
  } | null;
  deadlines: Array<{ kind: string; dueAt: string }>;
  /** QC-20: the days of mediation while a mediator works on the case; null otherwise. */
  mediation?: MediationProgress | null;
  closure?: CaseClosure | null;
}

/** QC-20 (the engine's `mediationProgress`): day 0 is the day the mediator was assigned. */
export interface MediationProgress {
  day: number;
  maxDays: number;
  remainingDays: number;
  /** From day 60 (QC-20 alert). */
  alert: boolean;
  /** Past the last day (QC-20 overdue flag; the case does not close itself). */
  overdue: boolean;
  endsAt: string;
}

/** How a case closed; justification and problem summary only for full access (STF-2). */
export interface CaseClosure {
  outcome: string;
  reason: string;
  phase?: string;
  justification: string | null;
  /** QC-19: the mediator's summary of the problem's nature, printed on the attestation. */
  problemSummary?: string | null;
  closedAt: string;
}

/** QC-15: whether the reader may ask for mediation now, and if not, why and from when. */
export interface RequestMediation {
  allowed: boolean;
  basis: 'both_proposed' | 'take_charge_elapsed' | null;
  /** The first instant the 45-day rule is met; null before anyone took charge. */
  eligibleFrom: string | null;
  /** The engine's denial code (`mediation_not_yet_eligible`…). */
  reason: string | null;
  /** That reason in the reader's language. */
  message: string | null;
}

/** `GET /api/cases/:id/actions`: the engine's action names, and QC-15's answer for parties. */
export interface CaseActions {
  actions: string[];
  /** Null unless the reader is a party of a qc case in negotiation. */
  requestMediation?: RequestMediation | null;
}

/** The commands this app sends so far (apps/api command-schemas.ts `caseCommandBody`). */
export type CaseCommand = { type: 'close_case'; reason: string; justification: string };

export interface CommandResult {
  id: string;
  version: number;
  status: string;
  outcome: string | null;
}

export interface OpenedFromCode {
  id: string;
  caseNumber: string;
}

export interface FromAccessCodeBody {
  referenceNumber: string;
  accessCode: string;
  acceptTerms: true;
  acceptConfidentiality: true;
  termsVersion: number;
  confidentialityVersion: number;
}

export const INTAKE_STATUSES = ['sent', 'used', 'expired'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

export interface Intake {
  id: string;
  referenceNumber: string;
  caseNumber: string;
  consumerName: string;
  consumerEmail: string;
  consumerLanguage: 'fr' | 'en';
  businessName: string;
  businessId: string;
  category: string | null;
  attachments: Array<{ name: string; mime: string; size: number }>;
  status: IntakeStatus;
  issuedAt: string;
  expiresAt: string;
  /** The last local day (programme time zone) the code opens a case. */
  lastValidDay: string;
  codesIssued: number;
  createdAt: string;
  createdBy: string;
  usedAt: string | null;
  caseId: string | null;
}

export interface IntakeList {
  intakes: Intake[];
  next: string | null;
}

export interface IntakeBody {
  consumerName: string;
  consumerEmail: string;
  consumerLanguage: 'fr' | 'en';
  /** ORG-1: a participating business of the registry. */
  businessId: string;
  category?: string | undefined;
  attachments: Array<{ name: string; contentBase64: string }>;
}

/** `GET /api/cases/:id/documents` (apps/api documents.routes.ts). */
export interface CaseDocument {
  id: string;
  name: string;
  type: string;
  mime: string;
  size: number;
  addedAt: string;
  addedBy: { userId: string | null; role: string; name: string | null };
  system: boolean;
  /** SEC-18: only `clean` documents can be downloaded (409 `scan_pending` before that). */
  scanStatus?: 'pending' | 'clean' | 'infected';
  canDelete: boolean;
}
