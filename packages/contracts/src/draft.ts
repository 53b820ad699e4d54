/**
 * QC-3 to QC-7: what the draft wizard sends, step by step, and REP-1/REP-2's representative
 * forms. Field names and option codes only: the French and English labels (seed 000's wording)
 * live in the web dictionaries.
 *
 * Two levels per step:
 * - the *draft* schema (`…DraftSchema`) is what `PUT /api/cases/:id/draft/<step>` accepts: every
 *   field optional, each one well-formed when present. A step may be saved incomplete ("enregistrer
 *   son progrès"); a PUT replaces the whole step (an absent field is an empty field).
 * - the *complete* schema (`…Schema`) is what `POST /api/cases/:id/submit` demands of the saved
 *   data; its issues are reported per field as `<step>.<field>` (e.g. `description.goodOrService`).
 *
 * Money is an integer number of minor units (cents) of the programme's currency, as in the
 * engine's `ProposalContent`: the form turns "1 234,56" into 123456. Dates are local dates
 * `YYYY-MM-DD`.
 */
import { MAX_SOLUTION_TEXT_LENGTH, MAX_TERMS_LENGTH, isValidLocalDate } from '@entente/domain';
import { z } from 'zod';
import { missingIsRequired } from './text-field.js';
import { emailField, nameField, phoneField, uuidParam } from './fields.js';

/** The steps a client saves through `PUT /api/cases/:id/draft/<segment>`, in wizard order. */
export const DRAFT_SEGMENTS = ['parties', 'description', 'proposal', 'documents'] as const;
export type DraftSegment = (typeof DRAFT_SEGMENTS)[number];

const noNul = (value: string) => !value.includes('\u0000');

/** Free text of a draft field: trimmed, bounded, may be empty while the draft is incomplete. */
const draftText = (max: number) =>
  z.string().trim().max(max).refine(noNul, { error: 'invalid' }).optional();

/** Largest amount accepted: one billion in the currency, in minor units. */
export const MAX_AMOUNT_MINOR = 1_000_000_000_00;
export const amountMinorField = z
  .number({ error: 'invalid' })
  .int({ error: 'amount' })
  .positive({ error: 'amount' })
  .max(MAX_AMOUNT_MINOR, { error: 'amount' });

export const localDateField = z
  .string({ error: 'invalid' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date' })
  .refine(isValidLocalDate, { error: 'date' });

/* ------------------------------------------------------------------ QC-4 Parties */

export const partiesDraftSchema = z.strictObject({
  /** The consumer's phone and address as they confirm them for this case. */
  consumerPhone: phoneField,
  consumerAddress: draftText(500),
  /** "I confirm these details": required (true) at submission. */
  confirmed: z.boolean().optional(),
});
export type PartiesDraft = z.infer<typeof partiesDraftSchema>;

export const partiesSchema = partiesDraftSchema.superRefine((value, ctx) => {
  if (value.confirmed !== true) {
    ctx.addIssue({ code: 'custom', path: ['confirmed'], message: 'mustAccept' });
  }
});

/* ------------------------------------------------------- QC-5 Description du problème */

/** "Lieu ou mode de conclusion du contrat ou de la vente" (seed 000's five radio buttons). */
export const CONTRACT_PLACES = ['in_store', 'at_home', 'by_phone', 'online', 'other'] as const;
export type ContractPlace = (typeof CONTRACT_PLACES)[number];

/**
 * "Nature du problème" check boxes. Seed 000 does not show the list; this one follows the
 * usual grounds of consumer complaints in Quebec. `other` asks for details.
 */
export const PROBLEM_NATURES = [
  'defective_good',
  'not_delivered_or_late',
  'service_not_performed',
  'service_poorly_performed',
  'warranty_not_honoured',
  'billing_or_price',
  'misleading_representation',
  'cancellation_refused',
  'refund_refused',
  'other',
] as const;
export type ProblemNature = (typeof PROBLEM_NATURES)[number];

export const problemDescriptionDraftSchema = z.strictObject({
  /** * "Quel est le bien ou le service à l'origine de votre problème ?" */
  goodOrService: draftText(200),
  brand: draftText(100),
  model: draftText(100),
  serialNumber: draftText(100),
  /** "Numéro de compte, d'abonné ou de dossier (s'il y a lieu)" */
  accountNumber: draftText(100),
  /** "Montant indiqué sur la facture ou le contrat avec le commerçant", in minor units. */
  invoiceAmountMinor: amountMinorField.optional(),
  /** * "Avez-vous payé ce montant en totalité ?" */
  paidInFull: z.boolean({ error: 'invalid' }).optional(),
  /** "Date de la facture ou de la conclusion du contrat" */
  invoiceDate: localDateField.optional(),
  /** * "Lieu ou mode de conclusion du contrat ou de la vente" */
  contractPlace: z.enum(CONTRACT_PLACES, { error: 'invalidChoice' }).optional(),
  /** Required when `contractPlace` is `other`. */
  contractPlaceDetails: draftText(500),
  /** "Date ou délai prévus pour la livraison du bien ou la prestation du service (s'il y a lieu)" */
  promisedDate: localDateField.optional(),
  merchantPhone: phoneField,
  /** * "Adresse postale ou Web du commerçant où vous avez fait affaire" */
  merchantAddress: draftText(500),
  /** * "Démarches préalables": did you contact the merchant before? */
  priorSteps: z.boolean({ error: 'invalid' }).optional(),
  /** Required when `priorSteps` is true. */
  priorStepsDetails: draftText(2000),
  /** * At least one box. */
  problemNatures: z
    .array(z.enum(PROBLEM_NATURES, { error: 'invalidChoice' }))
    .max(PROBLEM_NATURES.length)
    .refine((list) => new Set(list).size === list.length, { error: 'invalid' })
    .optional(),
  /** Required when `problemNatures` includes `other`. */
  problemNatureDetails: draftText(500),
  additionalInformation: draftText(4000),
});
export type ProblemDescriptionDraft = z.infer<typeof problemDescriptionDraftSchema>;
export type ProblemDescriptionField = keyof ProblemDescriptionDraft;

/** Fields marked `*` in the form; conditional ones are listed in `CONDITIONAL_FIELDS`. */
export const REQUIRED_DESCRIPTION_FIELDS = [
  'goodOrService',
  'paidInFull',
  'contractPlace',
  'merchantAddress',
  'priorSteps',
  'problemNatures',
] as const satisfies readonly ProblemDescriptionField[];

const blank = (value: unknown) =>
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** A field that becomes required by the answer to another one. */
export const CONDITIONAL_FIELDS: readonly {
  field: ProblemDescriptionField;
  when: (d: ProblemDescriptionDraft) => boolean;
}[] = [
  { field: 'contractPlaceDetails', when: (d) => d.contractPlace === 'other' },
  { field: 'priorStepsDetails', when: (d) => d.priorSteps === true },
  { field: 'problemNatureDetails', when: (d) => d.problemNatures?.includes('other') === true },
];

export const problemDescriptionSchema = problemDescriptionDraftSchema.superRefine((d, ctx) => {
  for (const field of REQUIRED_DESCRIPTION_FIELDS) {
    if (blank(d[field])) ctx.addIssue({ code: 'custom', path: [field], message: 'required' });
  }
  for (const { field, when } of CONDITIONAL_FIELDS) {
    if (when(d) && blank(d[field])) {
      ctx.addIssue({ code: 'custom', path: [field], message: 'required' });
    }
  }
});

/* ------------------------------------------------------------- QC-6 Proposition */

const solutionText = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(MAX_SOLUTION_TEXT_LENGTH)
  .refine(noNul, { error: 'invalid' });

/** "Précisions et modalités d'application de l'entente": may be empty, copied verbatim. */
export const termsField = z.string().max(MAX_TERMS_LENGTH).refine(noNul, { error: 'invalid' });

/** QC-6: one solution of the fixed list, complete (the engine's `Solution`). */
export const solutionSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('refund'), amountMinor: amountMinorField }),
    z.strictObject({ kind: z.literal('repair') }),
    z.strictObject({ kind: z.literal('replacement') }),
    z.strictObject({ kind: z.literal('delivery_or_service'), byDate: localDateField }),
    z.strictObject({ kind: z.literal('contract_cancellation') }),
    z.strictObject({ kind: z.literal('price_reduction'), amountMinor: amountMinorField }),
    z.strictObject({
      kind: z.literal('damages'),
      amountMinor: amountMinorField,
      /** A document of the case supporting the damages claimed. */
      supportingDocumentId: uuidParam,
    }),
    z.strictObject({ kind: z.literal('other_compensation'), text: solutionText }),
  ],
  { error: 'invalidChoice' },
);

const distinctKinds = (solutions: readonly { kind: string }[]) =>
  new Set(solutions.map((s) => s.kind)).size === solutions.length;

/** The engine's `ProposalContent`, complete. */
export const proposalContentSchema = z.strictObject({
  solutions: z
    .array(solutionSchema)
    .min(1, { error: 'solutionRequired' })
    .max(8)
    .refine(distinctKinds, { error: 'duplicateSolution' }),
  terms: termsField,
});

/** A solution being filled in: the kind is chosen, its amount, date or text may still be empty. */
export const draftSolutionSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('refund'), amountMinor: amountMinorField.optional() }),
    z.strictObject({ kind: z.literal('repair') }),
    z.strictObject({ kind: z.literal('replacement') }),
    z.strictObject({ kind: z.literal('delivery_or_service'), byDate: localDateField.optional() }),
    z.strictObject({ kind: z.literal('contract_cancellation') }),
    z.strictObject({
      kind: z.literal('price_reduction'),
      amountMinor: amountMinorField.optional(),
    }),
    z.strictObject({
      kind: z.literal('damages'),
      amountMinor: amountMinorField.optional(),
      supportingDocumentId: uuidParam.optional(),
    }),
    z.strictObject({ kind: z.literal('other_compensation'), text: draftText(1000) }),
  ],
  { error: 'invalidChoice' },
);

export const proposalDraftSchema = z.strictObject({
  solutions: z
    .array(draftSolutionSchema)
    .max(8)
    .refine(distinctKinds, { error: 'duplicateSolution' })
    .optional(),
  terms: termsField.optional(),
});
export type ProposalDraft = z.infer<typeof proposalDraftSchema>;

/** The documents step holds no data of its own (files go to `POST /api/cases/:id/documents`). */
export const documentsDraftSchema = z.strictObject({});

/* ------------------------------------------------------- REP-1, REP-2 Representatives */

/** "Ajouter une représentante ou un représentant". */
export const representativeBody = z.strictObject({
  firstName: nameField,
  lastName: nameField,
  /** "Lien avec vous" (spouse, child, friend…). */
  relationship: nameField,
  email: emailField,
  /** The representative agreed to act (the consumer ticks it). */
  consent: z.literal(true, { error: 'mustAccept' }),
  /** qc: "this person is not a lawyer" — required ticked in the qc programme. */
  notALawyer: z.boolean().optional(),
  /** qc: "this person is at least 18 years old" — required ticked in the qc programme. */
  atLeast18: z.boolean().optional(),
});
export type RepresentativeBody = z.infer<typeof representativeBody>;

/** The fields the qc programme requires ticked in `representativeBody`. */
export const QC_REPRESENTATIVE_ATTESTATIONS = ['notALawyer', 'atLeast18'] as const;

/** 12 characters from the access code's unambiguous alphabet; spaces and dashes are ignored. */
export const VALIDATION_KEY_PATTERN = /^[A-HJ-NP-Za-hjkmnp-z2-9]{12}$/;

export const activateRepresentationBody = z.strictObject({
  caseNumber: z
    .string({ error: missingIsRequired })
    .trim()
    .min(1, { error: 'required' })
    .max(40)
    .regex(/^[A-Za-z0-9-]+$/, { error: 'invalid' }),
  validationKey: z
    .string({ error: missingIsRequired })
    .transform((value) => value.replace(/[\s-]/g, ''))
    .pipe(z.string().min(1, { error: 'required' }).regex(VALIDATION_KEY_PATTERN, 'invalid')),
});
export type ActivateRepresentationBody = z.infer<typeof activateRepresentationBody>;

/* ---------------------------------------------------------------- Answers */

/** `GET /api/cases/:id/draft`: the saved steps, their progress marks and what is still missing. */
export const draftView = z.strictObject({
  caseId: z.string(),
  caseNumber: z.string(),
  status: z.string(),
  /** QC-4: the merchant the office named in the intake (the registry's legal name). */
  businessName: z.string().nullable(),
  /** QC-8: when the draft closes itself (ISO instant), for "Statut Ébauche" and the days left. */
  draftExpiresAt: z.string().nullable(),
  /** Engine step names (`parties`, `problem_description`, `proposal`, `documents`) saved once. */
  savedSteps: z.array(z.string()),
  complete: z.strictObject({
    parties: z.boolean(),
    description: z.boolean(),
    proposal: z.boolean(),
  }),
  /** What submission would refuse now, keyed `<segment>.<field>`, in the reader's language. */
  missing: z.record(z.string(), z.string()),
  parties: partiesDraftSchema,
  description: problemDescriptionDraftSchema,
  proposal: proposalDraftSchema,
  updatedAt: z.string().nullable(),
});
export type DraftView = z.infer<typeof draftView>;

/** The agreement's text blocks (QC-7 preview; the agreement PDF renders the same). */
export const agreementTextView = z.strictObject({
  title: z.string(),
  caseNumber: z.string(),
  caseLine: z.string(),
  parties: z.array(
    z.strictObject({
      role: z.enum(['consumer', 'consumer_representative', 'business']),
      label: z.string(),
      name: z.string().nullable(),
    }),
  ),
  solutionsHeading: z.string(),
  solutions: z.array(z.strictObject({ kind: z.string(), text: z.string() })),
  termsHeading: z.string(),
  terms: z.string(),
});
export type AgreementTextView = z.infer<typeof agreementTextView>;

export const draftSavedView = z.strictObject({ ok: z.literal(true), caseId: z.string() });

export const submittedView = z.strictObject({
  id: z.string(),
  caseNumber: z.string(),
  status: z.string(),
  version: z.number(),
  proposalId: z.string(),
  events: z.array(z.strictObject({ seq: z.number(), type: z.string() })),
});

export const representativeInvitedView = z.strictObject({
  id: z.string(),
  caseId: z.string(),
  status: z.literal('invited'),
});

export const representativeRemovedView = z.strictObject({
  ok: z.literal(true),
  caseId: z.string(),
  version: z.number(),
});

export const representationActivatedView = z.strictObject({
  caseId: z.string(),
  caseNumber: z.string(),
});
