/**
 * What clients may send to change a case. Strict objects only (an unknown field is a 400);
 * identifiers of new things are chosen by the server. Commands whose data lives in another
 * module are not here: documents and messages (their content must commit with the event), the
 * representative's invitation and activation (REP-2 validation key,
 * `POST /api/cases/:id/representatives`) and the protocol (FR-12 PDF and signature with a fresh
 * code) — those modules call `runCaseCommand` themselves. The wizard saves and submits through
 * `PUT /api/cases/:id/draft/<step>` and `POST /api/cases/:id/submit` (the saved draft, checked
 * complete); `save_draft_step` and `submit_case` stay here as the bare engine commands.
 */
import {
  ADMISSIBILITY_GROUNDS,
  DRAFT_STEPS,
  WITHDRAWAL_REASONS,
  isValidLocalDate,
} from '@entente/domain';
import { proposalContentSchema, solutionSchema, uuidParam } from '@entente/contracts';
import { z } from 'zod';

/** Free text: trimmed, no NUL (PostgreSQL refuses it in jsonb), bounded. */
export const caseText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !value.includes('\u0000'), { error: 'invalid' });

export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid' })
  .refine(isValidLocalDate, { error: 'invalid' });

/** QC-6: the fixed list of solutions and the proposal form, shared with the web (contracts). */
export { proposalContentSchema, solutionSchema };

const reason = caseText(2000);
const version = z.number().int().min(1);
const answer = { proposalId: uuidParam, version };
const bare = <T extends string>(type: T) => z.strictObject({ type: z.literal(type) });

/** Every command a party, mediator or staff member may send to `POST /api/cases/:id/commands`. */
export const caseCommandBody = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('save_draft_step'), step: z.enum(DRAFT_STEPS) }),
  z.strictObject({ type: z.literal('submit_case'), proposal: proposalContentSchema }),
  bare('take_charge'),
  z.strictObject({ type: z.literal('refuse_negotiation'), reason }),
  z.strictObject({ type: z.literal('make_proposal'), content: proposalContentSchema }),
  z.strictObject({
    type: z.literal('modify_proposal'),
    proposalId: uuidParam,
    baseVersion: version,
    content: proposalContentSchema,
  }),
  z.strictObject({ type: z.literal('accept_proposal'), ...answer }),
  bare('request_mediation'),
  z.strictObject({ type: z.literal('assign_mediator'), mediatorUserId: uuidParam }),
  z.strictObject({
    type: z.literal('close_case'),
    reason: z.enum(WITHDRAWAL_REASONS),
    justification: reason,
  }),
  z.strictObject({
    type: z.literal('close_without_agreement'),
    justification: reason,
    /**
     * QC-19: printed on the attestation. Sent blank it is a field error here; left out, the
     * engine requires it in qc (`problem_summary_required`, on the field) and not in fr.
     */
    problemSummary: caseText(4000).default(''),
  }),
  z.strictObject({ type: z.literal('remove_representative'), representativeId: uuidParam }),
  bare('professional_accept'),
  z.strictObject({ type: z.literal('professional_refuse'), reason }),
  bare('request_centre_intervention'),
  bare('record_centre_intervention'),
  bare('take_attestation'),
  bare('declare_admissible'),
  z.strictObject({
    type: z.literal('declare_inadmissible'),
    ground: z.enum(ADMISSIBILITY_GROUNDS),
  }),
  z.strictObject({ type: z.literal('extend_mediation'), reason, newEndDate: localDate }),
  z.strictObject({
    type: z.literal('propose_solution'),
    content: proposalContentSchema,
    answerDays: z.number().int().min(1).max(365).optional(),
  }),
  z.strictObject({ type: z.literal('accept_solution'), ...answer }),
  z.strictObject({ type: z.literal('refuse_solution'), ...answer }),
]);
export type CaseCommandBody = z.infer<typeof caseCommandBody>;

export const openCaseBody = z.strictObject({
  programme: z.enum(['qc', 'fr']),
  /** qc: the intake's 7-digit number (QC-1); fr: the centre's number. */
  referenceNumber: z.string().regex(/^[0-9A-Za-z-]{1,20}$/, { error: 'invalid' }),
  businessId: uuidParam,
  /** Staff filing a postal request for a consumer (FR-4); consumers open for themselves. */
  consumerUserId: uuidParam.optional(),
  channel: z.enum(['online', 'post']).optional(),
  /** FR-1: the two admissibility questions. */
  prefiling: z
    .strictObject({ writtenComplaintSent: z.boolean(), complaintUnderOneYear: z.boolean() })
    .optional(),
});

export const caseIdParams = z.strictObject({ id: uuidParam });

/** Opaque key-based cursor: the last row's (opened_at, id), base64url. */
export function encodeCursor(openedAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([openedAt.toISOString(), id])).toString('base64url');
}

export function decodeCursor(cursor: string): { openedAt: Date; id: string } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [openedAt, id] = value as unknown[];
    if (typeof openedAt !== 'string' || typeof id !== 'string') return null;
    const date = new Date(openedAt);
    const uuid = uuidParam.safeParse(id);
    return Number.isNaN(date.getTime()) || !uuid.success ? null : { openedAt: date, id };
  } catch {
    return null;
  }
}

export const caseListQuery = z.strictObject({
  after: z
    .string()
    .max(200)
    .refine((value) => decodeCursor(value) !== null, { error: 'invalid' })
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  filter: z.enum(['all', 'open', 'closed']).default('all'),
});
