/** What staff send and read about intakes, and the consumer's "Créer un dossier" form. */
import { emailField, languageSchema, uuidParam } from '@entente/contracts';
import { z } from 'zod';
import { decodeCursor } from '../cases/command-schemas.js';
import { ACCESS_CODE_PATTERN, REFERENCE_PATTERN } from './access-code.js';

/** E-mail servers commonly refuse messages over 10–25 MB; base64 adds a third. */
export const MAX_INTAKE_ATTACHMENTS = 5;
export const MAX_INTAKE_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** The JSON body: the attachments in base64 plus the fields, with room to spare. */
export const INTAKE_BODY_LIMIT = Math.ceil((MAX_INTAKE_ATTACHMENT_BYTES * 4) / 3) + 64 * 1024;

const text = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max)
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { error: 'invalid' });

export const intakeBody = z.strictObject({
  consumerName: text(200),
  consumerEmail: emailField,
  consumerLanguage: languageSchema.default('fr'),
  /** ORG-1: a participating qc business of the registry; its name is kept as a snapshot. */
  businessId: uuidParam,
  category: text(100).optional(),
  attachments: z
    .array(
      z.strictObject({
        name: z.string({ error: 'required' }).min(1, { error: 'required' }).max(255),
        contentBase64: z.base64({ error: 'invalid' }).min(1, { error: 'required' }),
      }),
    )
    .max(MAX_INTAKE_ATTACHMENTS)
    .default([]),
});
export type IntakeBody = z.infer<typeof intakeBody>;

export const INTAKE_STATUSES = ['sent', 'used', 'expired'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

export const intakeListQuery = z.strictObject({
  status: z.enum(INTAKE_STATUSES, { error: 'invalidChoice' }).optional(),
  after: z
    .string()
    .max(200)
    .refine((value) => decodeCursor(value) !== null, { error: 'invalid' })
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const intakeIdParams = z.strictObject({ id: uuidParam });

export const intakeView = z.object({
  id: z.string(),
  referenceNumber: z.string(),
  caseNumber: z.string(),
  consumerName: z.string(),
  consumerEmail: z.string(),
  consumerLanguage: languageSchema,
  businessName: z.string(),
  businessId: z.string(),
  category: z.string().nullable(),
  attachments: z.array(z.object({ name: z.string(), mime: z.string(), size: z.number() })),
  status: z.enum(INTAKE_STATUSES),
  issuedAt: z.string(),
  expiresAt: z.string(),
  /** The last local day (programme time zone) the code opens a case. */
  lastValidDay: z.string(),
  codesIssued: z.number(),
  createdAt: z.string(),
  createdBy: z.string(),
  usedAt: z.string().nullable(),
  caseId: z.string().nullable(),
});

export const intakeListView = z.object({
  intakes: z.array(intakeView),
  next: z.string().nullable(),
});

/** QC-2: "Créer un dossier". Both boxes must be ticked; the versions are those the page showed. */
export const fromAccessCodeBody = z.strictObject({
  referenceNumber: z
    .string({ error: 'required' })
    .trim()
    .regex(REFERENCE_PATTERN, { error: 'invalid' }),
  accessCode: z
    .string({ error: 'required' })
    .trim()
    .regex(ACCESS_CODE_PATTERN, { error: 'invalid' }),
  acceptTerms: z.literal(true, { error: 'mustAccept' }),
  acceptConfidentiality: z.literal(true, { error: 'mustAccept' }),
  termsVersion: z.number({ error: 'required' }).int().min(1),
  confidentialityVersion: z.number({ error: 'required' }).int().min(1),
});
export type FromAccessCodeBody = z.infer<typeof fromAccessCodeBody>;

export const openedFromCodeView = z.object({ id: z.string(), caseNumber: z.string() });
